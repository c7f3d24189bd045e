; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[7]', verdict unproved
; 4 negated queries, one per branch region; expected: see verdict
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!420 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x110 (/ ?x36 ?x57)))
 (let ((?x111 (- ?x110)))
 (let ((?x114 (* 0.0 ?x111)))
 (let ((?x112 (+ 1.0 ?x111)))
 (let ((?x145 (+ ?x112 ?x114)))
 (let ((?x146 (+ ?x114 ?x145)))
 (let ((?x143 (/ ?x36 exp!4)))
 (let ((?x147 (* ?x143 ?x146)))
 (let ((?x118 (/ ?x56 ?x57)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (* 0.0 ?x119)))
 (let ((?x137 (+ ?x119 ?x121)))
 (let ((?x120 (+ 1.0 ?x119)))
 (let ((?x136 (* 0.0 ?x120)))
 (let ((?x138 (+ ?x136 ?x137)))
 (let ((?x148 (* ?x138 ?x147)))
 (let ((?x100 (- ?x36)))
 (let ((?x101 (* ?x56 ?x100)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x102 (* ?x99 ?x101)))
 (let ((?x97 (/ 0.0 ?x57)))
 (let ((?x103 (+ ?x97 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x129 (+ ?x104 ?x105)))
 (let ((?x130 (+ ?x105 ?x129)))
 (let ((?x144 (* ?x130 ?x143)))
 (let ((?x149 (+ ?x144 ?x148)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x133 (+ ?x111 ?x113)))
 (let ((?x134 (+ ?x114 ?x133)))
 (let ((?x131 (/ 1.0 exp!4)))
 (let ((?x135 (* ?x131 ?x134)))
 (let ((?x139 (* ?x135 ?x138)))
 (let ((?x132 (* ?x131 ?x130)))
 (let ((?x140 (+ ?x132 ?x139)))
 (let ((?x150 (+ ?x140 ?x149)))
 (let ((?x122 (+ ?x121 ?x121)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x115 (+ ?x113 ?x114)))
 (let ((?x116 (+ ?x111 ?x115)))
 (let ((?x108 (/ ?x56 exp!4)))
 (let ((?x117 (* ?x108 ?x116)))
 (let ((?x124 (* ?x117 ?x123)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x109 (* ?x108 ?x107)))
 (let ((?x125 (+ ?x109 ?x124)))
 (let ((?x151 (+ ?x125 ?x150)))
 (or (and (distinct 0.0 ?x151) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!420 () Real)
(declare-fun log!644 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (< 0.0 ?x700)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let ((?x252 (/ ?x156 ?x700)))
 (let ((?x221 (- ?x252)))
 (let ((?x247 (* 0.0 ?x221)))
 (let ((?x246 (+ 1.0 ?x221)))
 (let ((?x273 (+ ?x246 ?x247)))
 (let ((?x274 (+ ?x247 ?x273)))
 (let ((?x237 (/ ?x156 exp!5)))
 (let ((?x270 (* ?x237 ?x274)))
 (let ((?x332 (/ 1.0 ?x700)))
 (let ((?x333 (- ?x332)))
 (let ((?x344 (* 0.0 ?x333)))
 (let ((?x236 (+ ?x333 ?x344)))
 (let ((?x343 (+ 1.0 ?x333)))
 (let ((?x235 (* 0.0 ?x343)))
 (let ((?x218 (+ ?x235 ?x236)))
 (let ((?x271 (* ?x218 ?x270)))
 (let ((?x208 (- ?x156)))
 (let ((?x250 (/ 1.0 (* ?x700 ?x700))))
 (let ((?x209 (* ?x250 ?x208)))
 (let ((?x196 (/ 0.0 ?x700)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x372 (+ ?x204 ?x210)))
 (let ((?x394 (+ ?x210 ?x372)))
 (let ((?x257 (* ?x394 ?x237)))
 (let ((?x275 (+ ?x257 ?x271)))
 (let ((?x217 (* 0.0 ?x246)))
 (let ((?x399 (+ ?x221 ?x217)))
 (let ((?x409 (+ ?x247 ?x399)))
 (let ((?x405 (/ ?x693 exp!5)))
 (let ((?x411 (* ?x405 ?x409)))
 (let ((?x215 (* ?x411 ?x218)))
 (let ((?x378 (* ?x405 ?x394)))
 (let ((?x216 (+ ?x378 ?x215)))
 (let ((?x276 (+ ?x216 ?x275)))
 (let ((?x341 (+ ?x344 ?x344)))
 (let ((?x342 (+ ?x343 ?x341)))
 (let ((?x248 (+ ?x217 ?x247)))
 (let ((?x190 (+ ?x221 ?x248)))
 (let ((?x212 (/ 1.0 exp!5)))
 (let ((?x193 (* ?x212 ?x190)))
 (let ((?x195 (* ?x193 ?x342)))
 (let ((?x205 (+ ?x210 ?x210)))
 (let ((?x211 (+ ?x204 ?x205)))
 (let ((?x251 (* ?x212 ?x211)))
 (let ((?x228 (+ ?x251 ?x195)))
 (let ((?x277 (+ ?x228 ?x276)))
 (or (and (distinct 0.0 ?x277) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x156 (/ ?x9 exp!3)))
(let ((?x693 (/ (* 1.0 exp!2) exp!3)))
(let ((?x682 (+ ?x693 ?x156)))
(let ((?x700 (+ 1.0 ?x682)))
(=> (> ?x700 0.0) (= exp!5 ?x700))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!420 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!644 () Real)
(declare-fun log!869 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x199 (/ ?x457 exp!1)))
 (let ((?x254 (+ 1.0 ?x199)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x420 (/ ?x55 exp!1)))
 (let ((?x259 (+ ?x420 ?x254)))
 (< 0.0 ?x259))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x199 (/ ?x457 exp!1)))
 (let ((?x254 (+ 1.0 ?x199)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x420 (/ ?x55 exp!1)))
 (let ((?x259 (+ ?x420 ?x254)))
 (let (($x335 (= 0.0 ?x259)))
 (not $x335)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x199 (/ ?x457 exp!1)))
 (let ((?x254 (+ 1.0 ?x199)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x420 (/ ?x55 exp!1)))
 (let ((?x259 (+ ?x420 ?x254)))
 (let (($x335 (= 0.0 ?x259)))
 (not $x335)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x199 (/ ?x457 exp!1)))
 (let ((?x254 (+ 1.0 ?x199)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x420 (/ ?x55 exp!1)))
 (let ((?x259 (+ ?x420 ?x254)))
 (let (($x335 (= 0.0 ?x259)))
 (not $x335)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x199 (/ ?x457 exp!1)))
 (let ((?x254 (+ 1.0 ?x199)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x420 (/ ?x55 exp!1)))
 (let ((?x259 (+ ?x420 ?x254)))
 (let (($x335 (= 0.0 ?x259)))
 (not $x335)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x199 (/ ?x457 exp!1)))
 (let ((?x254 (+ 1.0 ?x199)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x420 (/ ?x55 exp!1)))
 (let ((?x259 (+ ?x420 ?x254)))
 (let (($x335 (= 0.0 ?x259)))
 (not $x335)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x199 (/ ?x457 exp!1)))
 (let ((?x254 (+ 1.0 ?x199)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x420 (/ ?x55 exp!1)))
 (let ((?x259 (+ ?x420 ?x254)))
 (let ((?x400 (/ 1.0 ?x259)))
 (let ((?x363 (- ?x400)))
 (let ((?x381 (* 0.0 ?x363)))
 (let ((?x225 (+ 1.0 ?x363)))
 (let ((?x631 (+ ?x225 ?x381)))
 (let ((?x980 (+ ?x381 ?x631)))
 (let ((?x264 (/ 1.0 exp!6)))
 (let ((?x485 (* ?x264 ?x980)))
 (let ((?x406 (/ ?x420 ?x259)))
 (let ((?x440 (- ?x406)))
 (let ((?x989 (* 0.0 ?x440)))
 (let ((?x585 (+ ?x440 ?x989)))
 (let ((?x662 (+ 1.0 ?x440)))
 (let ((?x775 (* 0.0 ?x662)))
 (let ((?x723 (+ ?x775 ?x585)))
 (let ((?x179 (* ?x723 ?x485)))
 (let ((?x258 (- ?x420)))
 (let ((?x490 (/ 1.0 (* ?x259 ?x259))))
 (let ((?x792 (* ?x490 ?x258)))
 (let ((?x291 (/ 0.0 ?x259)))
 (let ((?x360 (+ ?x291 ?x792)))
 (let ((?x444 (- ?x360)))
 (let ((?x436 (* 0.0 ?x444)))
 (let ((?x408 (+ ?x444 ?x436)))
 (let ((?x672 (+ ?x436 ?x408)))
 (let ((?x369 (* ?x672 ?x264)))
 (let ((?x673 (+ ?x369 ?x179)))
 (let ((?x176 (* 0.0 ?x225)))
 (let ((?x599 (+ ?x363 ?x176)))
 (let ((?x661 (+ ?x381 ?x599)))
 (let ((?x280 (/ ?x199 exp!6)))
 (let ((?x311 (* ?x280 ?x661)))
 (let ((?x281 (* ?x311 ?x723)))
 (let ((?x994 (* ?x280 ?x672)))
 (let ((?x978 (+ ?x994 ?x281)))
 (let ((?x605 (+ ?x978 ?x673)))
 (let ((?x398 (+ ?x989 ?x989)))
 (let ((?x203 (+ ?x662 ?x398)))
 (let ((?x226 (+ ?x176 ?x381)))
 (let ((?x1001 (+ ?x363 ?x226)))
 (let ((?x401 (/ ?x420 exp!6)))
 (let ((?x322 (* ?x401 ?x1001)))
 (let ((?x198 (* ?x322 ?x203)))
 (let ((?x1000 (+ ?x436 ?x436)))
 (let ((?x278 (+ ?x444 ?x1000)))
 (let ((?x206 (* ?x401 ?x278)))
 (let ((?x220 (+ ?x206 ?x198)))
 (let ((?x986 (+ ?x220 ?x605)))
 (or (and (distinct 0.0 ?x986) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (=> (> ?x700 0.0) (= exp!5 ?x700)))))))))
(assert
 (= (< log!869 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!869) (< exp!1 exp!6)))
(assert
 (= (< log!869 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!869) (< exp!2 exp!6)))
(assert
 (= (< log!869 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!869) (< exp!3 exp!6)))
(assert
 (= (< log!869 log!420) (< exp!6 exp!4)))
(assert
 (= (< log!420 log!869) (< exp!4 exp!6)))
(assert
 (= (< log!869 log!644) (< exp!6 exp!5)))
(assert
 (= (< log!644 log!869) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!869 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!869)))
(assert
 (let ((?x457 (* 1.0 exp!2)))
(let ((?x199 (/ ?x457 exp!1)))
(let ((?x254 (+ 1.0 ?x199)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x420 (/ ?x55 exp!1)))
(let ((?x259 (+ ?x420 ?x254)))
(=> (> ?x259 0.0) (= exp!6 ?x259)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!420 () Real)
(declare-fun log!644 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!869 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (< 0.0 ?x700))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let ((?x252 (/ ?x156 ?x700)))
 (let ((?x221 (- ?x252)))
 (let ((?x247 (* 0.0 ?x221)))
 (let ((?x246 (+ 1.0 ?x221)))
 (let ((?x273 (+ ?x246 ?x247)))
 (let ((?x274 (+ ?x247 ?x273)))
 (let ((?x237 (/ ?x156 exp!5)))
 (let ((?x270 (* ?x237 ?x274)))
 (let ((?x332 (/ 1.0 ?x700)))
 (let ((?x333 (- ?x332)))
 (let ((?x344 (* 0.0 ?x333)))
 (let ((?x236 (+ ?x333 ?x344)))
 (let ((?x343 (+ 1.0 ?x333)))
 (let ((?x235 (* 0.0 ?x343)))
 (let ((?x218 (+ ?x235 ?x236)))
 (let ((?x271 (* ?x218 ?x270)))
 (let ((?x208 (- ?x156)))
 (let ((?x250 (/ 1.0 (* ?x700 ?x700))))
 (let ((?x209 (* ?x250 ?x208)))
 (let ((?x196 (/ 0.0 ?x700)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x372 (+ ?x204 ?x210)))
 (let ((?x394 (+ ?x210 ?x372)))
 (let ((?x257 (* ?x394 ?x237)))
 (let ((?x275 (+ ?x257 ?x271)))
 (let ((?x217 (* 0.0 ?x246)))
 (let ((?x399 (+ ?x221 ?x217)))
 (let ((?x409 (+ ?x247 ?x399)))
 (let ((?x405 (/ ?x693 exp!5)))
 (let ((?x411 (* ?x405 ?x409)))
 (let ((?x215 (* ?x411 ?x218)))
 (let ((?x378 (* ?x405 ?x394)))
 (let ((?x216 (+ ?x378 ?x215)))
 (let ((?x276 (+ ?x216 ?x275)))
 (let ((?x341 (+ ?x344 ?x344)))
 (let ((?x342 (+ ?x343 ?x341)))
 (let ((?x248 (+ ?x217 ?x247)))
 (let ((?x190 (+ ?x221 ?x248)))
 (let ((?x212 (/ 1.0 exp!5)))
 (let ((?x193 (* ?x212 ?x190)))
 (let ((?x195 (* ?x193 ?x342)))
 (let ((?x205 (+ ?x210 ?x210)))
 (let ((?x211 (+ ?x204 ?x205)))
 (let ((?x251 (* ?x212 ?x211)))
 (let ((?x228 (+ ?x251 ?x195)))
 (let ((?x277 (+ ?x228 ?x276)))
 (or (and (distinct 0.0 ?x277) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (=> (> ?x700 0.0) (= exp!5 ?x700)))))))))
(assert
 (= (< log!869 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!869) (< exp!1 exp!6)))
(assert
 (= (< log!869 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!869) (< exp!2 exp!6)))
(assert
 (= (< log!869 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!869) (< exp!3 exp!6)))
(assert
 (= (< log!869 log!420) (< exp!6 exp!4)))
(assert
 (= (< log!420 log!869) (< exp!4 exp!6)))
(assert
 (= (< log!869 log!644) (< exp!6 exp!5)))
(assert
 (= (< log!644 log!869) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!869 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!869)))
(assert
 (let ((?x457 (* 1.0 exp!2)))
(let ((?x199 (/ ?x457 exp!1)))
(let ((?x254 (+ 1.0 ?x199)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x420 (/ ?x55 exp!1)))
(let ((?x259 (+ ?x420 ?x254)))
(=> (> ?x259 0.0) (= exp!6 ?x259)))))))))
(check-sat)
(pop 1)
