; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[7]', verdict unproved
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
(declare-fun log!421 () Real)
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
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
(declare-fun log!421 () Real)
(declare-fun log!645 () Real)
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
 (let ((?x391 (+ ?x246 ?x247)))
 (let ((?x318 (+ ?x247 ?x391)))
 (let ((?x379 (/ ?x156 exp!5)))
 (let ((?x319 (* ?x379 ?x318)))
 (let ((?x332 (/ 1.0 ?x700)))
 (let ((?x333 (- ?x332)))
 (let ((?x344 (* 0.0 ?x333)))
 (let ((?x236 (+ ?x333 ?x344)))
 (let ((?x343 (+ 1.0 ?x333)))
 (let ((?x235 (* 0.0 ?x343)))
 (let ((?x218 (+ ?x235 ?x236)))
 (let ((?x237 (* ?x218 ?x319)))
 (let ((?x208 (- ?x156)))
 (let ((?x250 (/ 1.0 (* ?x700 ?x700))))
 (let ((?x209 (* ?x250 ?x208)))
 (let ((?x196 (/ 0.0 ?x700)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x372 (+ ?x204 ?x210)))
 (let ((?x394 (+ ?x210 ?x372)))
 (let ((?x389 (* ?x394 ?x379)))
 (let ((?x257 (+ ?x389 ?x237)))
 (let ((?x217 (* 0.0 ?x246)))
 (let ((?x399 (+ ?x221 ?x217)))
 (let ((?x409 (+ ?x247 ?x399)))
 (let ((?x405 (/ ?x693 exp!5)))
 (let ((?x411 (* ?x405 ?x409)))
 (let ((?x215 (* ?x411 ?x218)))
 (let ((?x378 (* ?x405 ?x394)))
 (let ((?x216 (+ ?x378 ?x215)))
 (let ((?x273 (+ ?x216 ?x257)))
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
 (let ((?x274 (+ ?x228 ?x273)))
 (or (and (distinct 0.0 ?x274) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!645 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!645) (< exp!1 exp!5)))
(assert
 (= (< log!645 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!645) (< exp!2 exp!5)))
(assert
 (= (< log!645 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!645) (< exp!3 exp!5)))
(assert
 (= (< log!645 log!421) (< exp!5 exp!4)))
(assert
 (= (< log!421 log!645) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!645 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!645)))
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
(declare-fun log!421 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!645 () Real)
(declare-fun log!870 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x815 (/ ?x457 exp!1)))
 (let ((?x484 (+ 1.0 ?x815)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x262 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x262 ?x484)))
 (< 0.0 ?x258))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x815 (/ ?x457 exp!1)))
 (let ((?x484 (+ 1.0 ?x815)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x262 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x262 ?x484)))
 (let (($x200 (= 0.0 ?x258)))
 (not $x200)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x815 (/ ?x457 exp!1)))
 (let ((?x484 (+ 1.0 ?x815)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x262 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x262 ?x484)))
 (let (($x200 (= 0.0 ?x258)))
 (not $x200)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x815 (/ ?x457 exp!1)))
 (let ((?x484 (+ 1.0 ?x815)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x262 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x262 ?x484)))
 (let (($x200 (= 0.0 ?x258)))
 (not $x200)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x815 (/ ?x457 exp!1)))
 (let ((?x484 (+ 1.0 ?x815)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x262 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x262 ?x484)))
 (let (($x200 (= 0.0 ?x258)))
 (not $x200)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x815 (/ ?x457 exp!1)))
 (let ((?x484 (+ 1.0 ?x815)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x262 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x262 ?x484)))
 (let (($x200 (= 0.0 ?x258)))
 (not $x200)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x815 (/ ?x457 exp!1)))
 (let ((?x484 (+ 1.0 ?x815)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x262 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x262 ?x484)))
 (let ((?x371 (/ 1.0 ?x258)))
 (let ((?x419 (- ?x371)))
 (let ((?x303 (* 0.0 ?x419)))
 (let ((?x425 (+ 1.0 ?x419)))
 (let ((?x606 (+ ?x425 ?x303)))
 (let ((?x996 (+ ?x303 ?x606)))
 (let ((?x770 (/ 1.0 exp!6)))
 (let ((?x545 (* ?x770 ?x996)))
 (let ((?x414 (/ ?x262 ?x258)))
 (let ((?x326 (- ?x414)))
 (let ((?x999 (* 0.0 ?x326)))
 (let ((?x663 (+ ?x326 ?x999)))
 (let ((?x800 (+ 1.0 ?x326)))
 (let ((?x508 (* 0.0 ?x800)))
 (let ((?x617 (+ ?x508 ?x663)))
 (let ((?x163 (* ?x617 ?x545)))
 (let ((?x629 (- ?x262)))
 (let ((?x453 (/ 1.0 (* ?x258 ?x258))))
 (let ((?x768 (* ?x453 ?x629)))
 (let ((?x401 (/ 0.0 ?x258)))
 (let ((?x244 (+ ?x401 ?x768)))
 (let ((?x410 (- ?x244)))
 (let ((?x339 (* 0.0 ?x410)))
 (let ((?x492 (+ ?x410 ?x339)))
 (let ((?x482 (+ ?x339 ?x492)))
 (let ((?x432 (* ?x482 ?x770)))
 (let ((?x489 (+ ?x432 ?x163)))
 (let ((?x345 (* 0.0 ?x425)))
 (let ((?x578 (+ ?x419 ?x345)))
 (let ((?x719 (+ ?x303 ?x578)))
 (let ((?x607 (/ ?x815 exp!6)))
 (let ((?x725 (* ?x607 ?x719)))
 (let ((?x771 (* ?x725 ?x617)))
 (let ((?x1004 (* ?x607 ?x482)))
 (let ((?x988 (+ ?x1004 ?x771)))
 (let ((?x460 (+ ?x988 ?x489)))
 (let ((?x352 (+ ?x999 ?x999)))
 (let ((?x422 (+ ?x800 ?x352)))
 (let ((?x777 (+ ?x345 ?x303)))
 (let ((?x1011 (+ ?x419 ?x777)))
 (let ((?x1000 (/ ?x262 exp!6)))
 (let ((?x186 (* ?x1000 ?x1011)))
 (let ((?x982 (* ?x186 ?x422)))
 (let ((?x1010 (+ ?x339 ?x339)))
 (let ((?x588 (+ ?x410 ?x1010)))
 (let ((?x316 (* ?x1000 ?x588)))
 (let ((?x1014 (+ ?x316 ?x982)))
 (let ((?x398 (+ ?x1014 ?x460)))
 (or (and (distinct 0.0 ?x398) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!645 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!645) (< exp!1 exp!5)))
(assert
 (= (< log!645 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!645) (< exp!2 exp!5)))
(assert
 (= (< log!645 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!645) (< exp!3 exp!5)))
(assert
 (= (< log!645 log!421) (< exp!5 exp!4)))
(assert
 (= (< log!421 log!645) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!645 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!645)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (=> (> ?x700 0.0) (= exp!5 ?x700)))))))))
(assert
 (= (< log!870 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!870) (< exp!1 exp!6)))
(assert
 (= (< log!870 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!870) (< exp!2 exp!6)))
(assert
 (= (< log!870 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!870) (< exp!3 exp!6)))
(assert
 (= (< log!870 log!421) (< exp!6 exp!4)))
(assert
 (= (< log!421 log!870) (< exp!4 exp!6)))
(assert
 (= (< log!870 log!645) (< exp!6 exp!5)))
(assert
 (= (< log!645 log!870) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!870 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!870)))
(assert
 (let ((?x457 (* 1.0 exp!2)))
(let ((?x815 (/ ?x457 exp!1)))
(let ((?x484 (+ 1.0 ?x815)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x262 (/ ?x55 exp!1)))
(let ((?x258 (+ ?x262 ?x484)))
(=> (> ?x258 0.0) (= exp!6 ?x258)))))))))
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
(declare-fun log!421 () Real)
(declare-fun log!645 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!870 () Real)
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
 (let ((?x391 (+ ?x246 ?x247)))
 (let ((?x318 (+ ?x247 ?x391)))
 (let ((?x379 (/ ?x156 exp!5)))
 (let ((?x319 (* ?x379 ?x318)))
 (let ((?x332 (/ 1.0 ?x700)))
 (let ((?x333 (- ?x332)))
 (let ((?x344 (* 0.0 ?x333)))
 (let ((?x236 (+ ?x333 ?x344)))
 (let ((?x343 (+ 1.0 ?x333)))
 (let ((?x235 (* 0.0 ?x343)))
 (let ((?x218 (+ ?x235 ?x236)))
 (let ((?x237 (* ?x218 ?x319)))
 (let ((?x208 (- ?x156)))
 (let ((?x250 (/ 1.0 (* ?x700 ?x700))))
 (let ((?x209 (* ?x250 ?x208)))
 (let ((?x196 (/ 0.0 ?x700)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x372 (+ ?x204 ?x210)))
 (let ((?x394 (+ ?x210 ?x372)))
 (let ((?x389 (* ?x394 ?x379)))
 (let ((?x257 (+ ?x389 ?x237)))
 (let ((?x217 (* 0.0 ?x246)))
 (let ((?x399 (+ ?x221 ?x217)))
 (let ((?x409 (+ ?x247 ?x399)))
 (let ((?x405 (/ ?x693 exp!5)))
 (let ((?x411 (* ?x405 ?x409)))
 (let ((?x215 (* ?x411 ?x218)))
 (let ((?x378 (* ?x405 ?x394)))
 (let ((?x216 (+ ?x378 ?x215)))
 (let ((?x273 (+ ?x216 ?x257)))
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
 (let ((?x274 (+ ?x228 ?x273)))
 (or (and (distinct 0.0 ?x274) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!645 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!645) (< exp!1 exp!5)))
(assert
 (= (< log!645 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!645) (< exp!2 exp!5)))
(assert
 (= (< log!645 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!645) (< exp!3 exp!5)))
(assert
 (= (< log!645 log!421) (< exp!5 exp!4)))
(assert
 (= (< log!421 log!645) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!645 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!645)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (=> (> ?x700 0.0) (= exp!5 ?x700)))))))))
(assert
 (= (< log!870 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!870) (< exp!1 exp!6)))
(assert
 (= (< log!870 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!870) (< exp!2 exp!6)))
(assert
 (= (< log!870 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!870) (< exp!3 exp!6)))
(assert
 (= (< log!870 log!421) (< exp!6 exp!4)))
(assert
 (= (< log!421 log!870) (< exp!4 exp!6)))
(assert
 (= (< log!870 log!645) (< exp!6 exp!5)))
(assert
 (= (< log!645 log!870) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!870 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!870)))
(assert
 (let ((?x457 (* 1.0 exp!2)))
(let ((?x815 (/ ?x457 exp!1)))
(let ((?x484 (+ 1.0 ?x815)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x262 (/ ?x55 exp!1)))
(let ((?x258 (+ ?x262 ?x484)))
(=> (> ?x258 0.0) (= exp!6 ?x258)))))))))
(check-sat)
(pop 1)
