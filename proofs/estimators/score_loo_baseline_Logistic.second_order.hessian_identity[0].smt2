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
(declare-fun log!769 () Real)
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
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
(declare-fun log!769 () Real)
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
 (let ((?x660 (+ ?x136 ?x306)))
 (let ((?x661 (* ?x207 ?x660)))
 (or (and (distinct ?x661 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
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
(declare-fun log!769 () Real)
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
 (let ((?x592 (- ?x256)))
 (let ((?x512 (+ ?x95 ?x592)))
 (let ((?x542 (* ?x127 ?x512)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x894 (* ?x188 ?x542)))
 (let ((?x951 (* 2.0 ?x256)))
 (let ((?x662 (- ?x951)))
 (let ((?x663 (+ ?x95 ?x662)))
 (let ((?x756 (+ ?x131 ?x663)))
 (let ((?x568 (* 1.0 ?x756)))
 (let ((?x1486 (* f2 ?x568)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x377 (+ ?x172 ?x1486)))
 (let ((?x857 (* ?x89 ?x568)))
 (let ((?x1021 (+ ?x857 ?x377)))
 (let ((?x1037 (- ?x1021)))
 (let ((?x1024 (* 2.0 ?x1037)))
 (let ((?x438 (* ?x127 ?x1024)))
 (let ((?x944 (+ ?x438 ?x894)))
 (let ((?x1559 (- ?x944)))
 (let ((?x573 (+ ?x1037 ?x1559)))
 (let ((?x1497 (/ ?x573 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x297 (+ ?x198 ?x1497)))
 (let ((?x1047 (- ?x297)))
 (let ((?x403 (* |g2[0]| ?x568)))
 (let ((?x618 (* (/ 1.0 2.0) ?x568)))
 (let ((?x1478 (* 0.0 ?x618)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x638 (+ ?x53 ?x1478)))
 (let ((?x1492 (* |h2[1,0]| ?x638)))
 (let ((?x644 (+ ?x124 ?x1478)))
 (let ((?x280 (* |h2[0,0]| ?x644)))
 (let ((?x1022 (+ ?x280 ?x1492)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x666 (+ ?x109 ?x1478)))
 (let ((?x1480 (+ ?x666 ?x1022)))
 (let ((?x1483 (+ ?x1480 ?x403)))
 (let ((?x886 (+ ?x1483 ?x1047)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1460 (+ ?x136 ?x886)))
 (let ((?x1491 (* ?x207 ?x1460)))
 (or (and (distinct ?x1491 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
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
(declare-fun log!769 () Real)
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
 (let ((?x660 (+ ?x136 ?x306)))
 (let ((?x661 (* ?x207 ?x660)))
 (or (and (distinct ?x661 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
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
(declare-fun log!769 () Real)
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
 (let ((?x314 (* ?x160 ?x188)))
 (let ((?x1395 (- ?x314)))
 (let ((?x1043 (+ ?x187 ?x1395)))
 (let ((?x282 (* 0.0 ?x1043)))
 (let ((?x773 (* ?x99 ?x282)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1064 (* ?x142 ?x188)))
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
 (let ((?x1346 (* ?x160 ?x777)))
 (let ((?x578 (+ ?x1346 ?x1064)))
 (let ((?x1398 (- ?x578)))
 (let ((?x555 (+ ?x776 ?x1398)))
 (let ((?x456 (/ ?x555 scale)))
 (let ((?x792 (+ ?x456 ?x773)))
 (let ((?x1373 (- ?x792)))
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
 (let ((?x1479 (+ ?x580 ?x1373)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x267 (+ ?x136 ?x1479)))
 (let ((?x426 (* ?x207 ?x267)))
 (or (and (distinct ?x426 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
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
(declare-fun log!769 () Real)
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
 (let ((?x660 (+ ?x136 ?x306)))
 (let ((?x661 (* ?x207 ?x660)))
 (or (and (distinct ?x661 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
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
(declare-fun log!769 () Real)
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
 (let ((?x660 (+ ?x136 ?x306)))
 (let ((?x661 (* ?x207 ?x660)))
 (or (and (distinct ?x661 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (= 0.0 ?x1026)))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x1471 (* (/ 1.0 2.0) ?x95)))
 (let ((?x484 (+ ?x1471 ?x1467)))
 (let ((?x1644 (* 2.0 ?x484)))
 (let ((?x1306 (- ?x1644)))
 (let ((?x552 (+ ?x95 ?x1306)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1595 (+ ?x131 ?x552)))
 (let ((?x1437 (* ?x421 ?x1595)))
 (let ((?x877 (* |g2[0]| ?x1437)))
 (let ((?x349 (+ ?x877 ?x646)))
 (let ((?x863 (* ?x1595 ?x1437)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1158 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1435 (+ ?x1158 ?x1110)))
 (let ((?x458 (* 2.0 ?x1435)))
 (let ((?x1773 (- ?x458)))
 (let ((?x1208 (+ ?x219 ?x1773)))
 (let ((?x210 (- ?x75)))
 (let ((?x388 (+ ?x210 ?x1208)))
 (let ((?x767 (* ?x421 ?x388)))
 (let ((?x368 (+ ?x767 ?x863)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x915 (* ?x209 ?x368)))
 (let ((?x1070 (+ ?x915 ?x877)))
 (let ((?x866 (+ ?x1070 ?x349)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1718 (/ ?x642 exp!1)))
 (let ((?x1143 (* ?x1718 exp!2)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1736 (+ ?x142 ?x968)))
 (let ((?x682 (- ?x1736)))
 (let ((?x630 (+ ?x95 ?x682)))
 (let ((?x1418 (* ?x1143 ?x630)))
 (let ((?x276 (* ?x1418 ?x188)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x429 (* 2.0 ?x1736)))
 (let ((?x1499 (- ?x429)))
 (let ((?x259 (+ ?x95 ?x1499)))
 (let ((?x1701 (+ ?x131 ?x259)))
 (let ((?x746 (* ?x1701 1.0)))
 (let ((?x692 (* f2 ?x746)))
 (let ((?x957 (+ ?x692 ?x172)))
 (let ((?x404 (* ?x89 ?x746)))
 (let ((?x1468 (+ ?x404 ?x957)))
 (let ((?x871 (- ?x1468)))
 (let ((?x275 (* 2.0 ?x871)))
 (let ((?x648 (* ?x1143 ?x275)))
 (let ((?x263 (+ ?x648 ?x276)))
 (let ((?x1213 (- ?x263)))
 (let ((?x1731 (+ ?x871 ?x1213)))
 (let ((?x1511 (/ ?x1731 scale)))
 (let ((?x1735 (+ ?x1511 ?x1350)))
 (let ((?x1713 (- ?x1735)))
 (let ((?x1715 (* |g2[0]| ?x746)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x806 (* (/ 1.0 2.0) ?x746)))
 (let ((?x838 (* 0.0 ?x806)))
 (let ((?x1372 (+ ?x838 ?x53)))
 (let ((?x392 (* |h2[1,0]| ?x1372)))
 (let ((?x1455 (+ ?x838 ?x124)))
 (let ((?x890 (* |h2[0,0]| ?x1455)))
 (let ((?x1583 (+ ?x890 ?x392)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1533 (+ ?x838 ?x109)))
 (let ((?x953 (+ ?x1533 ?x1583)))
 (let ((?x999 (+ ?x953 ?x1715)))
 (let ((?x1526 (+ ?x999 ?x1713)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x625 (+ ?x136 ?x1526)))
 (let ((?x358 (* ?x421 ?x625)))
 (or (and (distinct ?x358 ?x866) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x1471 (* (/ 1.0 2.0) ?x95)))
 (let ((?x484 (+ ?x1471 ?x1467)))
 (let ((?x1644 (* 2.0 ?x484)))
 (let ((?x1306 (- ?x1644)))
 (let ((?x552 (+ ?x95 ?x1306)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1595 (+ ?x131 ?x552)))
 (let ((?x1437 (* ?x421 ?x1595)))
 (let ((?x877 (* |g2[0]| ?x1437)))
 (let ((?x349 (+ ?x877 ?x646)))
 (let ((?x863 (* ?x1595 ?x1437)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1158 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1435 (+ ?x1158 ?x1110)))
 (let ((?x458 (* 2.0 ?x1435)))
 (let ((?x1773 (- ?x458)))
 (let ((?x1208 (+ ?x219 ?x1773)))
 (let ((?x210 (- ?x75)))
 (let ((?x388 (+ ?x210 ?x1208)))
 (let ((?x767 (* ?x421 ?x388)))
 (let ((?x368 (+ ?x767 ?x863)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x915 (* ?x209 ?x368)))
 (let ((?x1070 (+ ?x915 ?x877)))
 (let ((?x866 (+ ?x1070 ?x349)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1718 (/ ?x642 exp!1)))
 (let ((?x1143 (* ?x1718 exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x866) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2244 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x2240 (+ ?x1467 ?x2244)))
 (let ((?x1670 (* 2.0 ?x2240)))
 (let ((?x1803 (- ?x1670)))
 (let ((?x689 (+ ?x95 ?x1803)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1509 (+ ?x131 ?x689)))
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x2237 (* ?x421 ?x1509)))
 (let ((?x2186 (* |g2[0]| ?x2237)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x1349 (+ ?x646 ?x2186)))
 (let ((?x1337 (* ?x1509 ?x2237)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x576 (* 0.0 ?x219)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1769 (+ ?x1110 ?x576)))
 (let ((?x524 (* 2.0 ?x1769)))
 (let ((?x2242 (- ?x524)))
 (let ((?x1161 (+ ?x219 ?x2242)))
 (let ((?x210 (- ?x75)))
 (let ((?x2243 (+ ?x210 ?x1161)))
 (let ((?x2236 (* ?x421 ?x2243)))
 (let ((?x1343 (+ ?x2236 ?x1337)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2239 (* ?x209 ?x1343)))
 (let ((?x285 (+ ?x2239 ?x2186)))
 (let ((?x1259 (+ ?x285 ?x1349)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1718 (/ ?x642 exp!1)))
 (let ((?x1143 (* ?x1718 exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x1259) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (= 0.0 ?x1026)))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x1471 (* (/ 1.0 2.0) ?x95)))
 (let ((?x484 (+ ?x1471 ?x1467)))
 (let ((?x1644 (* 2.0 ?x484)))
 (let ((?x1306 (- ?x1644)))
 (let ((?x552 (+ ?x95 ?x1306)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1595 (+ ?x131 ?x552)))
 (let ((?x1437 (* ?x421 ?x1595)))
 (let ((?x877 (* |g2[0]| ?x1437)))
 (let ((?x349 (+ ?x877 ?x646)))
 (let ((?x863 (* ?x1595 ?x1437)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1158 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1435 (+ ?x1158 ?x1110)))
 (let ((?x458 (* 2.0 ?x1435)))
 (let ((?x1773 (- ?x458)))
 (let ((?x1208 (+ ?x219 ?x1773)))
 (let ((?x210 (- ?x75)))
 (let ((?x388 (+ ?x210 ?x1208)))
 (let ((?x767 (* ?x421 ?x388)))
 (let ((?x368 (+ ?x767 ?x863)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x915 (* ?x209 ?x368)))
 (let ((?x1070 (+ ?x915 ?x877)))
 (let ((?x866 (+ ?x1070 ?x349)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1718 (/ ?x642 exp!1)))
 (let ((?x1143 (* ?x1718 exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x1387 (- ?x635)))
 (let ((?x2214 (+ ?x95 ?x1387)))
 (let ((?x1444 (* ?x1143 ?x2214)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x2217 (* ?x188 ?x1444)))
 (let ((?x1481 (* 2.0 ?x635)))
 (let ((?x2233 (- ?x1481)))
 (let ((?x2227 (+ ?x95 ?x2233)))
 (let ((?x2737 (+ ?x131 ?x2227)))
 (let ((?x1809 (* 1.0 ?x2737)))
 (let ((?x1009 (* f2 ?x1809)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x277 (+ ?x172 ?x1009)))
 (let ((?x1589 (* ?x89 ?x1809)))
 (let ((?x1820 (+ ?x1589 ?x277)))
 (let ((?x1074 (- ?x1820)))
 (let ((?x1531 (* 2.0 ?x1074)))
 (let ((?x615 (* ?x1143 ?x1531)))
 (let ((?x1359 (+ ?x615 ?x2217)))
 (let ((?x716 (- ?x1359)))
 (let ((?x650 (+ ?x1074 ?x716)))
 (let ((?x729 (/ ?x650 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x807 (+ ?x1350 ?x729)))
 (let ((?x315 (- ?x807)))
 (let ((?x1482 (* |g2[0]| ?x1809)))
 (let ((?x371 (* (/ 1.0 2.0) ?x1809)))
 (let ((?x2330 (* 0.0 ?x371)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x472 (+ ?x53 ?x2330)))
 (let ((?x1578 (* |h2[1,0]| ?x472)))
 (let ((?x996 (+ ?x124 ?x2330)))
 (let ((?x901 (* |h2[0,0]| ?x996)))
 (let ((?x448 (+ ?x901 ?x1578)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1052 (+ ?x109 ?x2330)))
 (let ((?x1666 (+ ?x1052 ?x448)))
 (let ((?x2298 (+ ?x1666 ?x1482)))
 (let ((?x460 (+ ?x2298 ?x315)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x830 (+ ?x136 ?x460)))
 (let ((?x1634 (* ?x421 ?x830)))
 (or (and (distinct ?x1634 ?x866) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x1471 (* (/ 1.0 2.0) ?x95)))
 (let ((?x484 (+ ?x1471 ?x1467)))
 (let ((?x1644 (* 2.0 ?x484)))
 (let ((?x1306 (- ?x1644)))
 (let ((?x552 (+ ?x95 ?x1306)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1595 (+ ?x131 ?x552)))
 (let ((?x1437 (* ?x421 ?x1595)))
 (let ((?x877 (* |g2[0]| ?x1437)))
 (let ((?x349 (+ ?x877 ?x646)))
 (let ((?x863 (* ?x1595 ?x1437)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1158 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1435 (+ ?x1158 ?x1110)))
 (let ((?x458 (* 2.0 ?x1435)))
 (let ((?x1773 (- ?x458)))
 (let ((?x1208 (+ ?x219 ?x1773)))
 (let ((?x210 (- ?x75)))
 (let ((?x388 (+ ?x210 ?x1208)))
 (let ((?x767 (* ?x421 ?x388)))
 (let ((?x368 (+ ?x767 ?x863)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x915 (* ?x209 ?x368)))
 (let ((?x1070 (+ ?x915 ?x877)))
 (let ((?x866 (+ ?x1070 ?x349)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1718 (/ ?x642 exp!1)))
 (let ((?x1143 (* ?x1718 exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x866) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2244 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x2240 (+ ?x1467 ?x2244)))
 (let ((?x1670 (* 2.0 ?x2240)))
 (let ((?x1803 (- ?x1670)))
 (let ((?x689 (+ ?x95 ?x1803)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1509 (+ ?x131 ?x689)))
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x2237 (* ?x421 ?x1509)))
 (let ((?x2186 (* |g2[0]| ?x2237)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x1349 (+ ?x646 ?x2186)))
 (let ((?x1337 (* ?x1509 ?x2237)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x576 (* 0.0 ?x219)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1769 (+ ?x1110 ?x576)))
 (let ((?x524 (* 2.0 ?x1769)))
 (let ((?x2242 (- ?x524)))
 (let ((?x1161 (+ ?x219 ?x2242)))
 (let ((?x210 (- ?x75)))
 (let ((?x2243 (+ ?x210 ?x1161)))
 (let ((?x2236 (* ?x421 ?x2243)))
 (let ((?x1343 (+ ?x2236 ?x1337)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2239 (* ?x209 ?x1343)))
 (let ((?x285 (+ ?x2239 ?x2186)))
 (let ((?x1259 (+ ?x285 ?x1349)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1718 (/ ?x642 exp!1)))
 (let ((?x1143 (* ?x1718 exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x1259) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (= 0.0 ?x1026)))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x1471 (* (/ 1.0 2.0) ?x95)))
 (let ((?x484 (+ ?x1471 ?x1467)))
 (let ((?x1644 (* 2.0 ?x484)))
 (let ((?x1306 (- ?x1644)))
 (let ((?x552 (+ ?x95 ?x1306)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1595 (+ ?x131 ?x552)))
 (let ((?x1437 (* ?x421 ?x1595)))
 (let ((?x877 (* |g2[0]| ?x1437)))
 (let ((?x349 (+ ?x877 ?x646)))
 (let ((?x863 (* ?x1595 ?x1437)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1158 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1435 (+ ?x1158 ?x1110)))
 (let ((?x458 (* 2.0 ?x1435)))
 (let ((?x1773 (- ?x458)))
 (let ((?x1208 (+ ?x219 ?x1773)))
 (let ((?x210 (- ?x75)))
 (let ((?x388 (+ ?x210 ?x1208)))
 (let ((?x767 (* ?x421 ?x388)))
 (let ((?x368 (+ ?x767 ?x863)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x915 (* ?x209 ?x368)))
 (let ((?x1070 (+ ?x915 ?x877)))
 (let ((?x866 (+ ?x1070 ?x349)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x314 (* ?x160 ?x188)))
 (let ((?x1395 (- ?x314)))
 (let ((?x1043 (+ ?x187 ?x1395)))
 (let ((?x282 (* 0.0 ?x1043)))
 (let ((?x773 (* ?x99 ?x282)))
 (let ((?x1064 (* ?x142 ?x188)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1718 (/ ?x642 exp!1)))
 (let ((?x1143 (* ?x1718 exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x1844 (* ?x160 ?x1392)))
 (let ((?x2682 (+ ?x1844 ?x1064)))
 (let ((?x984 (- ?x2682)))
 (let ((?x2349 (+ ?x1568 ?x984)))
 (let ((?x361 (/ ?x2349 scale)))
 (let ((?x1638 (+ ?x361 ?x773)))
 (let ((?x2027 (- ?x1638)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x2511 (+ ?x895 ?x2027)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1962 (+ ?x136 ?x2511)))
 (let ((?x407 (* ?x421 ?x1962)))
 (or (and (distinct ?x407 ?x866) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x1471 (* (/ 1.0 2.0) ?x95)))
 (let ((?x484 (+ ?x1471 ?x1467)))
 (let ((?x1644 (* 2.0 ?x484)))
 (let ((?x1306 (- ?x1644)))
 (let ((?x552 (+ ?x95 ?x1306)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1595 (+ ?x131 ?x552)))
 (let ((?x1437 (* ?x421 ?x1595)))
 (let ((?x877 (* |g2[0]| ?x1437)))
 (let ((?x349 (+ ?x877 ?x646)))
 (let ((?x863 (* ?x1595 ?x1437)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1158 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1435 (+ ?x1158 ?x1110)))
 (let ((?x458 (* 2.0 ?x1435)))
 (let ((?x1773 (- ?x458)))
 (let ((?x1208 (+ ?x219 ?x1773)))
 (let ((?x210 (- ?x75)))
 (let ((?x388 (+ ?x210 ?x1208)))
 (let ((?x767 (* ?x421 ?x388)))
 (let ((?x368 (+ ?x767 ?x863)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x915 (* ?x209 ?x368)))
 (let ((?x1070 (+ ?x915 ?x877)))
 (let ((?x866 (+ ?x1070 ?x349)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1718 (/ ?x642 exp!1)))
 (let ((?x1143 (* ?x1718 exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x866) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2244 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x2240 (+ ?x1467 ?x2244)))
 (let ((?x1670 (* 2.0 ?x2240)))
 (let ((?x1803 (- ?x1670)))
 (let ((?x689 (+ ?x95 ?x1803)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1509 (+ ?x131 ?x689)))
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x2237 (* ?x421 ?x1509)))
 (let ((?x2186 (* |g2[0]| ?x2237)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x1349 (+ ?x646 ?x2186)))
 (let ((?x1337 (* ?x1509 ?x2237)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x576 (* 0.0 ?x219)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1769 (+ ?x1110 ?x576)))
 (let ((?x524 (* 2.0 ?x1769)))
 (let ((?x2242 (- ?x524)))
 (let ((?x1161 (+ ?x219 ?x2242)))
 (let ((?x210 (- ?x75)))
 (let ((?x2243 (+ ?x210 ?x1161)))
 (let ((?x2236 (* ?x421 ?x2243)))
 (let ((?x1343 (+ ?x2236 ?x1337)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2239 (* ?x209 ?x1343)))
 (let ((?x285 (+ ?x2239 ?x2186)))
 (let ((?x1259 (+ ?x285 ?x1349)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1718 (/ ?x642 exp!1)))
 (let ((?x1143 (* ?x1718 exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x1259) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x1471 (* (/ 1.0 2.0) ?x95)))
 (let ((?x484 (+ ?x1471 ?x1467)))
 (let ((?x1644 (* 2.0 ?x484)))
 (let ((?x1306 (- ?x1644)))
 (let ((?x552 (+ ?x95 ?x1306)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1595 (+ ?x131 ?x552)))
 (let ((?x1437 (* ?x421 ?x1595)))
 (let ((?x877 (* |g2[0]| ?x1437)))
 (let ((?x349 (+ ?x877 ?x646)))
 (let ((?x863 (* ?x1595 ?x1437)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1158 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1435 (+ ?x1158 ?x1110)))
 (let ((?x458 (* 2.0 ?x1435)))
 (let ((?x1773 (- ?x458)))
 (let ((?x1208 (+ ?x219 ?x1773)))
 (let ((?x210 (- ?x75)))
 (let ((?x388 (+ ?x210 ?x1208)))
 (let ((?x767 (* ?x421 ?x388)))
 (let ((?x368 (+ ?x767 ?x863)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x915 (* ?x209 ?x368)))
 (let ((?x1070 (+ ?x915 ?x877)))
 (let ((?x866 (+ ?x1070 ?x349)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1718 (/ ?x642 exp!1)))
 (let ((?x1143 (* ?x1718 exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x866) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2244 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x2240 (+ ?x1467 ?x2244)))
 (let ((?x1670 (* 2.0 ?x2240)))
 (let ((?x1803 (- ?x1670)))
 (let ((?x689 (+ ?x95 ?x1803)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1509 (+ ?x131 ?x689)))
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x2237 (* ?x421 ?x1509)))
 (let ((?x2186 (* |g2[0]| ?x2237)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x1349 (+ ?x646 ?x2186)))
 (let ((?x1337 (* ?x1509 ?x2237)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x576 (* 0.0 ?x219)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1769 (+ ?x1110 ?x576)))
 (let ((?x524 (* 2.0 ?x1769)))
 (let ((?x2242 (- ?x524)))
 (let ((?x1161 (+ ?x219 ?x2242)))
 (let ((?x210 (- ?x75)))
 (let ((?x2243 (+ ?x210 ?x1161)))
 (let ((?x2236 (* ?x421 ?x2243)))
 (let ((?x1343 (+ ?x2236 ?x1337)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2239 (* ?x209 ?x1343)))
 (let ((?x285 (+ ?x2239 ?x2186)))
 (let ((?x1259 (+ ?x285 ?x1349)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1718 (/ ?x642 exp!1)))
 (let ((?x1143 (* ?x1718 exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x1259) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1322 () Real)
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x660 (+ ?x136 ?x306)))
 (let ((?x661 (* ?x207 ?x660)))
 (or (and (distinct ?x661 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x592 (- ?x256)))
 (let ((?x512 (+ ?x95 ?x592)))
 (let ((?x542 (* ?x127 ?x512)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x894 (* ?x188 ?x542)))
 (let ((?x951 (* 2.0 ?x256)))
 (let ((?x662 (- ?x951)))
 (let ((?x663 (+ ?x95 ?x662)))
 (let ((?x756 (+ ?x131 ?x663)))
 (let ((?x568 (* 1.0 ?x756)))
 (let ((?x1486 (* f2 ?x568)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x377 (+ ?x172 ?x1486)))
 (let ((?x857 (* ?x89 ?x568)))
 (let ((?x1021 (+ ?x857 ?x377)))
 (let ((?x1037 (- ?x1021)))
 (let ((?x1024 (* 2.0 ?x1037)))
 (let ((?x438 (* ?x127 ?x1024)))
 (let ((?x944 (+ ?x438 ?x894)))
 (let ((?x1559 (- ?x944)))
 (let ((?x573 (+ ?x1037 ?x1559)))
 (let ((?x1497 (/ ?x573 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x297 (+ ?x198 ?x1497)))
 (let ((?x1047 (- ?x297)))
 (let ((?x403 (* |g2[0]| ?x568)))
 (let ((?x618 (* (/ 1.0 2.0) ?x568)))
 (let ((?x1478 (* 0.0 ?x618)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x638 (+ ?x53 ?x1478)))
 (let ((?x1492 (* |h2[1,0]| ?x638)))
 (let ((?x644 (+ ?x124 ?x1478)))
 (let ((?x280 (* |h2[0,0]| ?x644)))
 (let ((?x1022 (+ ?x280 ?x1492)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x666 (+ ?x109 ?x1478)))
 (let ((?x1480 (+ ?x666 ?x1022)))
 (let ((?x1483 (+ ?x1480 ?x403)))
 (let ((?x886 (+ ?x1483 ?x1047)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1460 (+ ?x136 ?x886)))
 (let ((?x1491 (* ?x207 ?x1460)))
 (or (and (distinct ?x1491 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x660 (+ ?x136 ?x306)))
 (let ((?x661 (* ?x207 ?x660)))
 (or (and (distinct ?x661 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x314 (* ?x160 ?x188)))
 (let ((?x1395 (- ?x314)))
 (let ((?x1043 (+ ?x187 ?x1395)))
 (let ((?x282 (* 0.0 ?x1043)))
 (let ((?x773 (* ?x99 ?x282)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1064 (* ?x142 ?x188)))
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
 (let ((?x1346 (* ?x160 ?x777)))
 (let ((?x578 (+ ?x1346 ?x1064)))
 (let ((?x1398 (- ?x578)))
 (let ((?x555 (+ ?x776 ?x1398)))
 (let ((?x456 (/ ?x555 scale)))
 (let ((?x792 (+ ?x456 ?x773)))
 (let ((?x1373 (- ?x792)))
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
 (let ((?x1479 (+ ?x580 ?x1373)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x267 (+ ?x136 ?x1479)))
 (let ((?x426 (* ?x207 ?x267)))
 (or (and (distinct ?x426 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x660 (+ ?x136 ?x306)))
 (let ((?x661 (* ?x207 ?x660)))
 (or (and (distinct ?x661 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x660 (+ ?x136 ?x306)))
 (let ((?x661 (* ?x207 ?x660)))
 (or (and (distinct ?x661 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (= 0.0 ?x1026))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x1471 (* (/ 1.0 2.0) ?x95)))
 (let ((?x484 (+ ?x1471 ?x1467)))
 (let ((?x1644 (* 2.0 ?x484)))
 (let ((?x1306 (- ?x1644)))
 (let ((?x552 (+ ?x95 ?x1306)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1595 (+ ?x131 ?x552)))
 (let ((?x1437 (* ?x421 ?x1595)))
 (let ((?x877 (* |g2[0]| ?x1437)))
 (let ((?x349 (+ ?x877 ?x646)))
 (let ((?x863 (* ?x1595 ?x1437)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1158 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1435 (+ ?x1158 ?x1110)))
 (let ((?x458 (* 2.0 ?x1435)))
 (let ((?x1773 (- ?x458)))
 (let ((?x1208 (+ ?x219 ?x1773)))
 (let ((?x210 (- ?x75)))
 (let ((?x388 (+ ?x210 ?x1208)))
 (let ((?x767 (* ?x421 ?x388)))
 (let ((?x368 (+ ?x767 ?x863)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x915 (* ?x209 ?x368)))
 (let ((?x1070 (+ ?x915 ?x877)))
 (let ((?x866 (+ ?x1070 ?x349)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1143 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1736 (+ ?x142 ?x968)))
 (let ((?x682 (- ?x1736)))
 (let ((?x630 (+ ?x95 ?x682)))
 (let ((?x1418 (* ?x1143 ?x630)))
 (let ((?x276 (* ?x1418 ?x188)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x429 (* 2.0 ?x1736)))
 (let ((?x1499 (- ?x429)))
 (let ((?x259 (+ ?x95 ?x1499)))
 (let ((?x1701 (+ ?x131 ?x259)))
 (let ((?x746 (* ?x1701 1.0)))
 (let ((?x692 (* f2 ?x746)))
 (let ((?x957 (+ ?x692 ?x172)))
 (let ((?x404 (* ?x89 ?x746)))
 (let ((?x1468 (+ ?x404 ?x957)))
 (let ((?x871 (- ?x1468)))
 (let ((?x275 (* 2.0 ?x871)))
 (let ((?x648 (* ?x1143 ?x275)))
 (let ((?x263 (+ ?x648 ?x276)))
 (let ((?x1213 (- ?x263)))
 (let ((?x1731 (+ ?x871 ?x1213)))
 (let ((?x1511 (/ ?x1731 scale)))
 (let ((?x1735 (+ ?x1511 ?x1350)))
 (let ((?x1713 (- ?x1735)))
 (let ((?x1715 (* |g2[0]| ?x746)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x806 (* (/ 1.0 2.0) ?x746)))
 (let ((?x838 (* 0.0 ?x806)))
 (let ((?x1372 (+ ?x838 ?x53)))
 (let ((?x392 (* |h2[1,0]| ?x1372)))
 (let ((?x1455 (+ ?x838 ?x124)))
 (let ((?x890 (* |h2[0,0]| ?x1455)))
 (let ((?x1583 (+ ?x890 ?x392)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1533 (+ ?x838 ?x109)))
 (let ((?x953 (+ ?x1533 ?x1583)))
 (let ((?x999 (+ ?x953 ?x1715)))
 (let ((?x1526 (+ ?x999 ?x1713)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x625 (+ ?x136 ?x1526)))
 (let ((?x358 (* ?x421 ?x625)))
 (or (and (distinct ?x358 ?x866) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x1471 (* (/ 1.0 2.0) ?x95)))
 (let ((?x484 (+ ?x1471 ?x1467)))
 (let ((?x1644 (* 2.0 ?x484)))
 (let ((?x1306 (- ?x1644)))
 (let ((?x552 (+ ?x95 ?x1306)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1595 (+ ?x131 ?x552)))
 (let ((?x1437 (* ?x421 ?x1595)))
 (let ((?x877 (* |g2[0]| ?x1437)))
 (let ((?x349 (+ ?x877 ?x646)))
 (let ((?x863 (* ?x1595 ?x1437)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1158 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1435 (+ ?x1158 ?x1110)))
 (let ((?x458 (* 2.0 ?x1435)))
 (let ((?x1773 (- ?x458)))
 (let ((?x1208 (+ ?x219 ?x1773)))
 (let ((?x210 (- ?x75)))
 (let ((?x388 (+ ?x210 ?x1208)))
 (let ((?x767 (* ?x421 ?x388)))
 (let ((?x368 (+ ?x767 ?x863)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x915 (* ?x209 ?x368)))
 (let ((?x1070 (+ ?x915 ?x877)))
 (let ((?x866 (+ ?x1070 ?x349)))
 (let ((?x1143 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x866) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2244 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x2240 (+ ?x1467 ?x2244)))
 (let ((?x1670 (* 2.0 ?x2240)))
 (let ((?x1803 (- ?x1670)))
 (let ((?x689 (+ ?x95 ?x1803)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1509 (+ ?x131 ?x689)))
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x2237 (* ?x421 ?x1509)))
 (let ((?x2186 (* |g2[0]| ?x2237)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x1349 (+ ?x646 ?x2186)))
 (let ((?x1337 (* ?x1509 ?x2237)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x576 (* 0.0 ?x219)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1769 (+ ?x1110 ?x576)))
 (let ((?x524 (* 2.0 ?x1769)))
 (let ((?x2242 (- ?x524)))
 (let ((?x1161 (+ ?x219 ?x2242)))
 (let ((?x210 (- ?x75)))
 (let ((?x2243 (+ ?x210 ?x1161)))
 (let ((?x2236 (* ?x421 ?x2243)))
 (let ((?x1343 (+ ?x2236 ?x1337)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2239 (* ?x209 ?x1343)))
 (let ((?x285 (+ ?x2239 ?x2186)))
 (let ((?x1259 (+ ?x285 ?x1349)))
 (let ((?x1143 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x1259) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (= 0.0 ?x1026))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x1471 (* (/ 1.0 2.0) ?x95)))
 (let ((?x484 (+ ?x1471 ?x1467)))
 (let ((?x1644 (* 2.0 ?x484)))
 (let ((?x1306 (- ?x1644)))
 (let ((?x552 (+ ?x95 ?x1306)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1595 (+ ?x131 ?x552)))
 (let ((?x1437 (* ?x421 ?x1595)))
 (let ((?x877 (* |g2[0]| ?x1437)))
 (let ((?x349 (+ ?x877 ?x646)))
 (let ((?x863 (* ?x1595 ?x1437)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1158 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1435 (+ ?x1158 ?x1110)))
 (let ((?x458 (* 2.0 ?x1435)))
 (let ((?x1773 (- ?x458)))
 (let ((?x1208 (+ ?x219 ?x1773)))
 (let ((?x210 (- ?x75)))
 (let ((?x388 (+ ?x210 ?x1208)))
 (let ((?x767 (* ?x421 ?x388)))
 (let ((?x368 (+ ?x767 ?x863)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x915 (* ?x209 ?x368)))
 (let ((?x1070 (+ ?x915 ?x877)))
 (let ((?x866 (+ ?x1070 ?x349)))
 (let ((?x1143 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x1387 (- ?x635)))
 (let ((?x2214 (+ ?x95 ?x1387)))
 (let ((?x1444 (* ?x1143 ?x2214)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x2217 (* ?x188 ?x1444)))
 (let ((?x1481 (* 2.0 ?x635)))
 (let ((?x2233 (- ?x1481)))
 (let ((?x2227 (+ ?x95 ?x2233)))
 (let ((?x2737 (+ ?x131 ?x2227)))
 (let ((?x1809 (* 1.0 ?x2737)))
 (let ((?x1009 (* f2 ?x1809)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x277 (+ ?x172 ?x1009)))
 (let ((?x1589 (* ?x89 ?x1809)))
 (let ((?x1820 (+ ?x1589 ?x277)))
 (let ((?x1074 (- ?x1820)))
 (let ((?x1531 (* 2.0 ?x1074)))
 (let ((?x615 (* ?x1143 ?x1531)))
 (let ((?x1359 (+ ?x615 ?x2217)))
 (let ((?x716 (- ?x1359)))
 (let ((?x650 (+ ?x1074 ?x716)))
 (let ((?x729 (/ ?x650 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x807 (+ ?x1350 ?x729)))
 (let ((?x315 (- ?x807)))
 (let ((?x1482 (* |g2[0]| ?x1809)))
 (let ((?x371 (* (/ 1.0 2.0) ?x1809)))
 (let ((?x2330 (* 0.0 ?x371)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x472 (+ ?x53 ?x2330)))
 (let ((?x1578 (* |h2[1,0]| ?x472)))
 (let ((?x996 (+ ?x124 ?x2330)))
 (let ((?x901 (* |h2[0,0]| ?x996)))
 (let ((?x448 (+ ?x901 ?x1578)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1052 (+ ?x109 ?x2330)))
 (let ((?x1666 (+ ?x1052 ?x448)))
 (let ((?x2298 (+ ?x1666 ?x1482)))
 (let ((?x460 (+ ?x2298 ?x315)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x830 (+ ?x136 ?x460)))
 (let ((?x1634 (* ?x421 ?x830)))
 (or (and (distinct ?x1634 ?x866) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x1471 (* (/ 1.0 2.0) ?x95)))
 (let ((?x484 (+ ?x1471 ?x1467)))
 (let ((?x1644 (* 2.0 ?x484)))
 (let ((?x1306 (- ?x1644)))
 (let ((?x552 (+ ?x95 ?x1306)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1595 (+ ?x131 ?x552)))
 (let ((?x1437 (* ?x421 ?x1595)))
 (let ((?x877 (* |g2[0]| ?x1437)))
 (let ((?x349 (+ ?x877 ?x646)))
 (let ((?x863 (* ?x1595 ?x1437)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1158 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1435 (+ ?x1158 ?x1110)))
 (let ((?x458 (* 2.0 ?x1435)))
 (let ((?x1773 (- ?x458)))
 (let ((?x1208 (+ ?x219 ?x1773)))
 (let ((?x210 (- ?x75)))
 (let ((?x388 (+ ?x210 ?x1208)))
 (let ((?x767 (* ?x421 ?x388)))
 (let ((?x368 (+ ?x767 ?x863)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x915 (* ?x209 ?x368)))
 (let ((?x1070 (+ ?x915 ?x877)))
 (let ((?x866 (+ ?x1070 ?x349)))
 (let ((?x1143 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x866) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2244 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x2240 (+ ?x1467 ?x2244)))
 (let ((?x1670 (* 2.0 ?x2240)))
 (let ((?x1803 (- ?x1670)))
 (let ((?x689 (+ ?x95 ?x1803)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1509 (+ ?x131 ?x689)))
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x2237 (* ?x421 ?x1509)))
 (let ((?x2186 (* |g2[0]| ?x2237)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x1349 (+ ?x646 ?x2186)))
 (let ((?x1337 (* ?x1509 ?x2237)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x576 (* 0.0 ?x219)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1769 (+ ?x1110 ?x576)))
 (let ((?x524 (* 2.0 ?x1769)))
 (let ((?x2242 (- ?x524)))
 (let ((?x1161 (+ ?x219 ?x2242)))
 (let ((?x210 (- ?x75)))
 (let ((?x2243 (+ ?x210 ?x1161)))
 (let ((?x2236 (* ?x421 ?x2243)))
 (let ((?x1343 (+ ?x2236 ?x1337)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2239 (* ?x209 ?x1343)))
 (let ((?x285 (+ ?x2239 ?x2186)))
 (let ((?x1259 (+ ?x285 ?x1349)))
 (let ((?x1143 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x1259) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (= 0.0 ?x1026))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x1471 (* (/ 1.0 2.0) ?x95)))
 (let ((?x484 (+ ?x1471 ?x1467)))
 (let ((?x1644 (* 2.0 ?x484)))
 (let ((?x1306 (- ?x1644)))
 (let ((?x552 (+ ?x95 ?x1306)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1595 (+ ?x131 ?x552)))
 (let ((?x1437 (* ?x421 ?x1595)))
 (let ((?x877 (* |g2[0]| ?x1437)))
 (let ((?x349 (+ ?x877 ?x646)))
 (let ((?x863 (* ?x1595 ?x1437)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1158 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1435 (+ ?x1158 ?x1110)))
 (let ((?x458 (* 2.0 ?x1435)))
 (let ((?x1773 (- ?x458)))
 (let ((?x1208 (+ ?x219 ?x1773)))
 (let ((?x210 (- ?x75)))
 (let ((?x388 (+ ?x210 ?x1208)))
 (let ((?x767 (* ?x421 ?x388)))
 (let ((?x368 (+ ?x767 ?x863)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x915 (* ?x209 ?x368)))
 (let ((?x1070 (+ ?x915 ?x877)))
 (let ((?x866 (+ ?x1070 ?x349)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x314 (* ?x160 ?x188)))
 (let ((?x1395 (- ?x314)))
 (let ((?x1043 (+ ?x187 ?x1395)))
 (let ((?x282 (* 0.0 ?x1043)))
 (let ((?x773 (* ?x99 ?x282)))
 (let ((?x1064 (* ?x142 ?x188)))
 (let ((?x1143 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x1844 (* ?x160 ?x1392)))
 (let ((?x2682 (+ ?x1844 ?x1064)))
 (let ((?x984 (- ?x2682)))
 (let ((?x2349 (+ ?x1568 ?x984)))
 (let ((?x361 (/ ?x2349 scale)))
 (let ((?x1638 (+ ?x361 ?x773)))
 (let ((?x2027 (- ?x1638)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x2511 (+ ?x895 ?x2027)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1962 (+ ?x136 ?x2511)))
 (let ((?x407 (* ?x421 ?x1962)))
 (or (and (distinct ?x407 ?x866) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x1471 (* (/ 1.0 2.0) ?x95)))
 (let ((?x484 (+ ?x1471 ?x1467)))
 (let ((?x1644 (* 2.0 ?x484)))
 (let ((?x1306 (- ?x1644)))
 (let ((?x552 (+ ?x95 ?x1306)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1595 (+ ?x131 ?x552)))
 (let ((?x1437 (* ?x421 ?x1595)))
 (let ((?x877 (* |g2[0]| ?x1437)))
 (let ((?x349 (+ ?x877 ?x646)))
 (let ((?x863 (* ?x1595 ?x1437)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1158 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1435 (+ ?x1158 ?x1110)))
 (let ((?x458 (* 2.0 ?x1435)))
 (let ((?x1773 (- ?x458)))
 (let ((?x1208 (+ ?x219 ?x1773)))
 (let ((?x210 (- ?x75)))
 (let ((?x388 (+ ?x210 ?x1208)))
 (let ((?x767 (* ?x421 ?x388)))
 (let ((?x368 (+ ?x767 ?x863)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x915 (* ?x209 ?x368)))
 (let ((?x1070 (+ ?x915 ?x877)))
 (let ((?x866 (+ ?x1070 ?x349)))
 (let ((?x1143 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x866) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2244 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x2240 (+ ?x1467 ?x2244)))
 (let ((?x1670 (* 2.0 ?x2240)))
 (let ((?x1803 (- ?x1670)))
 (let ((?x689 (+ ?x95 ?x1803)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1509 (+ ?x131 ?x689)))
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x2237 (* ?x421 ?x1509)))
 (let ((?x2186 (* |g2[0]| ?x2237)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x1349 (+ ?x646 ?x2186)))
 (let ((?x1337 (* ?x1509 ?x2237)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x576 (* 0.0 ?x219)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1769 (+ ?x1110 ?x576)))
 (let ((?x524 (* 2.0 ?x1769)))
 (let ((?x2242 (- ?x524)))
 (let ((?x1161 (+ ?x219 ?x2242)))
 (let ((?x210 (- ?x75)))
 (let ((?x2243 (+ ?x210 ?x1161)))
 (let ((?x2236 (* ?x421 ?x2243)))
 (let ((?x1343 (+ ?x2236 ?x1337)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2239 (* ?x209 ?x1343)))
 (let ((?x285 (+ ?x2239 ?x2186)))
 (let ((?x1259 (+ ?x285 ?x1349)))
 (let ((?x1143 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x1259) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x1471 (* (/ 1.0 2.0) ?x95)))
 (let ((?x484 (+ ?x1471 ?x1467)))
 (let ((?x1644 (* 2.0 ?x484)))
 (let ((?x1306 (- ?x1644)))
 (let ((?x552 (+ ?x95 ?x1306)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1595 (+ ?x131 ?x552)))
 (let ((?x1437 (* ?x421 ?x1595)))
 (let ((?x877 (* |g2[0]| ?x1437)))
 (let ((?x349 (+ ?x877 ?x646)))
 (let ((?x863 (* ?x1595 ?x1437)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1158 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1435 (+ ?x1158 ?x1110)))
 (let ((?x458 (* 2.0 ?x1435)))
 (let ((?x1773 (- ?x458)))
 (let ((?x1208 (+ ?x219 ?x1773)))
 (let ((?x210 (- ?x75)))
 (let ((?x388 (+ ?x210 ?x1208)))
 (let ((?x767 (* ?x421 ?x388)))
 (let ((?x368 (+ ?x767 ?x863)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x915 (* ?x209 ?x368)))
 (let ((?x1070 (+ ?x915 ?x877)))
 (let ((?x866 (+ ?x1070 ?x349)))
 (let ((?x1143 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x866) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (< 0.0 ?x1026))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let (($x400 (= 0.0 ?x1026)))
 (not $x400)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2244 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1026 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1467 (/ ?x142 ?x1026)))
 (let ((?x2240 (+ ?x1467 ?x2244)))
 (let ((?x1670 (* 2.0 ?x2240)))
 (let ((?x1803 (- ?x1670)))
 (let ((?x689 (+ ?x95 ?x1803)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1509 (+ ?x131 ?x689)))
 (let ((?x1760 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x421 (* ?x1760 exp!2)))
 (let ((?x2237 (* ?x421 ?x1509)))
 (let ((?x2186 (* |g2[0]| ?x2237)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x646 (* ?x250 ?x421)))
 (let ((?x1349 (+ ?x646 ?x2186)))
 (let ((?x1337 (* ?x1509 ?x2237)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x576 (* 0.0 ?x219)))
 (let ((?x676 (/ 1.0 (* ?x1026 ?x1026))))
 (let ((?x643 (- ?x142)))
 (let ((?x1085 (* ?x142 ?x643)))
 (let ((?x1231 (* ?x1085 ?x676)))
 (let ((?x577 (* ?x95 ?x142)))
 (let ((?x597 (* ?x219 ?x160)))
 (let ((?x1072 (+ ?x597 ?x577)))
 (let ((?x628 (/ ?x1072 ?x1026)))
 (let ((?x1110 (+ ?x628 ?x1231)))
 (let ((?x1769 (+ ?x1110 ?x576)))
 (let ((?x524 (* 2.0 ?x1769)))
 (let ((?x2242 (- ?x524)))
 (let ((?x1161 (+ ?x219 ?x2242)))
 (let ((?x210 (- ?x75)))
 (let ((?x2243 (+ ?x210 ?x1161)))
 (let ((?x2236 (* ?x421 ?x2243)))
 (let ((?x1343 (+ ?x2236 ?x1337)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2239 (* ?x209 ?x1343)))
 (let ((?x285 (+ ?x2239 ?x2186)))
 (let ((?x1259 (+ ?x285 ?x1349)))
 (let ((?x1143 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x635 (* ?x95 ?x1143)))
 (let ((?x642 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x968 (* 0.0 ?x642)))
 (let ((?x1390 (+ ?x968 ?x635)))
 (let ((?x296 (- ?x1390)))
 (let ((?x1406 (+ ?x95 ?x296)))
 (let ((?x1377 (* ?x1143 ?x1406)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x747 (* ?x188 ?x1377)))
 (let ((?x817 (* 2.0 ?x1390)))
 (let ((?x1382 (- ?x817)))
 (let ((?x1536 (+ ?x95 ?x1382)))
 (let ((?x549 (+ ?x131 ?x1536)))
 (let ((?x1763 (* 1.0 ?x549)))
 (let ((?x1502 (* f2 ?x1763)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x172 ?x1502)))
 (let ((?x1317 (* ?x89 ?x1763)))
 (let ((?x1543 (+ ?x1317 ?x762)))
 (let ((?x1568 (- ?x1543)))
 (let ((?x1392 (* 2.0 ?x1568)))
 (let ((?x732 (* ?x1143 ?x1392)))
 (let ((?x653 (+ ?x732 ?x747)))
 (let ((?x1779 (- ?x653)))
 (let ((?x919 (+ ?x1568 ?x1779)))
 (let ((?x539 (/ ?x919 scale)))
 (let ((?x1693 (* ?x1143 ?x188)))
 (let ((?x651 (- ?x1693)))
 (let ((?x1397 (+ ?x187 ?x651)))
 (let ((?x811 (* 0.0 ?x1397)))
 (let ((?x1350 (* ?x99 ?x811)))
 (let ((?x508 (+ ?x1350 ?x539)))
 (let ((?x605 (- ?x508)))
 (let ((?x328 (* |g2[0]| ?x1763)))
 (let ((?x381 (* (/ 1.0 2.0) ?x1763)))
 (let ((?x1142 (* 0.0 ?x381)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x586 (+ ?x53 ?x1142)))
 (let ((?x1375 (* |h2[1,0]| ?x586)))
 (let ((?x1289 (+ ?x124 ?x1142)))
 (let ((?x1573 (* |h2[0,0]| ?x1289)))
 (let ((?x398 (+ ?x1573 ?x1375)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1685 (+ ?x109 ?x1142)))
 (let ((?x1063 (+ ?x1685 ?x398)))
 (let ((?x895 (+ ?x1063 ?x328)))
 (let ((?x1780 (+ ?x895 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x517 (+ ?x136 ?x1780)))
 (let ((?x633 (* ?x421 ?x517)))
 (or (and (distinct ?x633 ?x1259) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
