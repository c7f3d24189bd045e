; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[3]', verdict unproved
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
(declare-fun log!415 () Real)
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
 (let ((?x117 (/ ?x36 ?x57)))
 (let ((?x118 (- ?x117)))
 (let ((?x121 (* 0.0 ?x118)))
 (let ((?x119 (+ 1.0 ?x118)))
 (let ((?x147 (+ ?x119 ?x121)))
 (let ((?x148 (+ ?x121 ?x147)))
 (let ((?x109 (/ 1.0 ?x57)))
 (let ((?x110 (- ?x109)))
 (let ((?x112 (+ 1.0 ?x110)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x144 (+ ?x110 ?x113)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x145 (+ ?x111 ?x144)))
 (let ((?x142 (/ ?x36 exp!4)))
 (let ((?x146 (* ?x142 ?x145)))
 (let ((?x149 (* ?x146 ?x148)))
 (let ((?x100 (- ?x36)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x101 (* ?x99 ?x100)))
 (let ((?x97 (/ 0.0 ?x57)))
 (let ((?x102 (+ ?x97 ?x101)))
 (let ((?x103 (- ?x102)))
 (let ((?x104 (* 0.0 ?x103)))
 (let ((?x129 (+ ?x103 ?x104)))
 (let ((?x130 (+ ?x104 ?x129)))
 (let ((?x143 (* ?x130 ?x142)))
 (let ((?x150 (+ ?x143 ?x149)))
 (let ((?x120 (* 0.0 ?x119)))
 (let ((?x136 (+ ?x118 ?x120)))
 (let ((?x137 (+ ?x121 ?x136)))
 (let ((?x133 (+ ?x111 ?x112)))
 (let ((?x134 (+ ?x111 ?x133)))
 (let ((?x131 (/ 1.0 exp!4)))
 (let ((?x135 (* ?x131 ?x134)))
 (let ((?x138 (* ?x135 ?x137)))
 (let ((?x132 (* ?x131 ?x130)))
 (let ((?x139 (+ ?x132 ?x138)))
 (let ((?x151 (+ ?x139 ?x150)))
 (let ((?x122 (+ ?x120 ?x121)))
 (let ((?x123 (+ ?x118 ?x122)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (+ ?x110 ?x114)))
 (let ((?x107 (/ ?x56 exp!4)))
 (let ((?x116 (* ?x107 ?x115)))
 (let ((?x124 (* ?x116 ?x123)))
 (let ((?x105 (+ ?x104 ?x104)))
 (let ((?x106 (+ ?x103 ?x105)))
 (let ((?x108 (* ?x107 ?x106)))
 (let ((?x125 (+ ?x108 ?x124)))
 (let ((?x152 (+ ?x125 ?x151)))
 (or (and (distinct 0.0 ?x152) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
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
(declare-fun log!415 () Real)
(declare-fun log!639 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (< 0.0 ?x703)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let ((?x280 (/ ?x157 ?x703)))
 (let ((?x281 (- ?x280)))
 (let ((?x284 (* 0.0 ?x281)))
 (let ((?x282 (+ 1.0 ?x281)))
 (let ((?x263 (+ ?x282 ?x284)))
 (let ((?x260 (+ ?x284 ?x263)))
 (let ((?x419 (/ ?x698 ?x703)))
 (let ((?x420 (- ?x419)))
 (let ((?x233 (+ 1.0 ?x420)))
 (let ((?x234 (* 0.0 ?x233)))
 (let ((?x315 (+ ?x420 ?x234)))
 (let ((?x232 (* 0.0 ?x420)))
 (let ((?x317 (+ ?x232 ?x315)))
 (let ((?x313 (/ ?x157 exp!5)))
 (let ((?x257 (* ?x313 ?x317)))
 (let ((?x266 (* ?x257 ?x260)))
 (let ((?x340 (- ?x698)))
 (let ((?x350 (* ?x157 ?x340)))
 (let ((?x339 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x351 (* ?x339 ?x350)))
 (let ((?x191 (/ 0.0 ?x703)))
 (let ((?x348 (+ ?x191 ?x351)))
 (let ((?x349 (- ?x348)))
 (let ((?x205 (* 0.0 ?x349)))
 (let ((?x217 (+ ?x349 ?x205)))
 (let ((?x218 (+ ?x205 ?x217)))
 (let ((?x314 (* ?x218 ?x313)))
 (let ((?x261 (+ ?x314 ?x266)))
 (let ((?x283 (* 0.0 ?x282)))
 (let ((?x184 (+ ?x281 ?x283)))
 (let ((?x278 (+ ?x284 ?x184)))
 (let ((?x181 (+ ?x232 ?x233)))
 (let ((?x182 (+ ?x232 ?x181)))
 (let ((?x325 (/ ?x698 exp!5)))
 (let ((?x183 (* ?x325 ?x182)))
 (let ((?x279 (* ?x183 ?x278)))
 (let ((?x326 (* ?x325 ?x218)))
 (let ((?x175 (+ ?x326 ?x279)))
 (let ((?x264 (+ ?x175 ?x261)))
 (let ((?x209 (+ ?x283 ?x284)))
 (let ((?x210 (+ ?x281 ?x209)))
 (let ((?x196 (+ ?x232 ?x234)))
 (let ((?x240 (+ ?x420 ?x196)))
 (let ((?x422 (/ 1.0 exp!5)))
 (let ((?x268 (* ?x422 ?x240)))
 (let ((?x202 (* ?x268 ?x210)))
 (let ((?x379 (+ ?x205 ?x205)))
 (let ((?x421 (+ ?x349 ?x379)))
 (let ((?x423 (* ?x422 ?x421)))
 (let ((?x211 (+ ?x423 ?x202)))
 (let ((?x265 (+ ?x211 ?x264)))
 (or (and (distinct 0.0 ?x265) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!639 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!639) (< exp!1 exp!5)))
(assert
 (= (< log!639 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!639) (< exp!2 exp!5)))
(assert
 (= (< log!639 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!639) (< exp!3 exp!5)))
(assert
 (= (< log!639 log!415) (< exp!5 exp!4)))
(assert
 (= (< log!415 log!639) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!639 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!639)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x157 (/ ?x9 exp!3)))
(let ((?x698 (/ (* 1.0 exp!2) exp!3)))
(let ((?x685 (+ ?x698 ?x157)))
(let ((?x703 (+ 1.0 ?x685)))
(=> (> ?x703 0.0) (= exp!5 ?x703))))))))
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
(declare-fun log!415 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!639 () Real)
(declare-fun log!864 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x462 exp!1)))
 (let ((?x477 (+ 1.0 ?x632)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x403 (/ ?x55 exp!1)))
 (let ((?x732 (+ ?x403 ?x477)))
 (< 0.0 ?x732))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x462 exp!1)))
 (let ((?x477 (+ 1.0 ?x632)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x403 (/ ?x55 exp!1)))
 (let ((?x732 (+ ?x403 ?x477)))
 (let (($x424 (= 0.0 ?x732)))
 (not $x424)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x462 exp!1)))
 (let ((?x477 (+ 1.0 ?x632)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x403 (/ ?x55 exp!1)))
 (let ((?x732 (+ ?x403 ?x477)))
 (let (($x424 (= 0.0 ?x732)))
 (not $x424)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x462 exp!1)))
 (let ((?x477 (+ 1.0 ?x632)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x403 (/ ?x55 exp!1)))
 (let ((?x732 (+ ?x403 ?x477)))
 (let (($x424 (= 0.0 ?x732)))
 (not $x424)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x462 exp!1)))
 (let ((?x477 (+ 1.0 ?x632)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x403 (/ ?x55 exp!1)))
 (let ((?x732 (+ ?x403 ?x477)))
 (let (($x424 (= 0.0 ?x732)))
 (not $x424)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x462 exp!1)))
 (let ((?x477 (+ 1.0 ?x632)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x403 (/ ?x55 exp!1)))
 (let ((?x732 (+ ?x403 ?x477)))
 (let (($x424 (= 0.0 ?x732)))
 (not $x424)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x462 exp!1)))
 (let ((?x477 (+ 1.0 ?x632)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x403 (/ ?x55 exp!1)))
 (let ((?x732 (+ ?x403 ?x477)))
 (let ((?x345 (/ 1.0 ?x732)))
 (let ((?x169 (- ?x345)))
 (let ((?x297 (* 0.0 ?x169)))
 (let ((?x717 (+ 1.0 ?x169)))
 (let ((?x361 (+ ?x717 ?x297)))
 (let ((?x298 (+ ?x297 ?x361)))
 (let ((?x327 (/ ?x632 ?x732)))
 (let ((?x347 (- ?x327)))
 (let ((?x404 (+ 1.0 ?x347)))
 (let ((?x425 (* 0.0 ?x404)))
 (let ((?x1010 (+ ?x347 ?x425)))
 (let ((?x220 (* 0.0 ?x347)))
 (let ((?x394 (+ ?x220 ?x1010)))
 (let ((?x655 (/ 1.0 exp!6)))
 (let ((?x323 (* ?x655 ?x394)))
 (let ((?x452 (* ?x323 ?x298)))
 (let ((?x296 (- ?x632)))
 (let ((?x391 (/ 1.0 (* ?x732 ?x732))))
 (let ((?x430 (* ?x391 ?x296)))
 (let ((?x256 (/ 0.0 ?x732)))
 (let ((?x440 (+ ?x256 ?x430)))
 (let ((?x329 (- ?x440)))
 (let ((?x385 (* 0.0 ?x329)))
 (let ((?x400 (+ ?x329 ?x385)))
 (let ((?x267 (+ ?x385 ?x400)))
 (let ((?x769 (* ?x267 ?x655)))
 (let ((?x503 (+ ?x769 ?x452)))
 (let ((?x1009 (* 0.0 ?x717)))
 (let ((?x401 (+ ?x169 ?x1009)))
 (let ((?x1003 (+ ?x297 ?x401)))
 (let ((?x668 (+ ?x220 ?x404)))
 (let ((?x413 (+ ?x220 ?x668)))
 (let ((?x1012 (/ ?x632 exp!6)))
 (let ((?x441 (* ?x1012 ?x413)))
 (let ((?x382 (* ?x441 ?x1003)))
 (let ((?x560 (* ?x1012 ?x267)))
 (let ((?x640 (+ ?x560 ?x382)))
 (let ((?x1013 (+ ?x640 ?x503)))
 (let ((?x172 (+ ?x1009 ?x297)))
 (let ((?x412 (+ ?x169 ?x172)))
 (let ((?x252 (+ ?x220 ?x425)))
 (let ((?x1021 (+ ?x347 ?x252)))
 (let ((?x579 (/ ?x403 exp!6)))
 (let ((?x623 (* ?x579 ?x1021)))
 (let ((?x417 (* ?x623 ?x412)))
 (let ((?x1020 (+ ?x385 ?x385)))
 (let ((?x215 (+ ?x329 ?x1020)))
 (let ((?x448 (* ?x579 ?x215)))
 (let ((?x177 (+ ?x448 ?x417)))
 (let ((?x410 (+ ?x177 ?x1013)))
 (or (and (distinct 0.0 ?x410) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!639 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!639) (< exp!1 exp!5)))
(assert
 (= (< log!639 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!639) (< exp!2 exp!5)))
(assert
 (= (< log!639 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!639) (< exp!3 exp!5)))
(assert
 (= (< log!639 log!415) (< exp!5 exp!4)))
(assert
 (= (< log!415 log!639) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!639 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!639)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!864 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!864) (< exp!1 exp!6)))
(assert
 (= (< log!864 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!864) (< exp!2 exp!6)))
(assert
 (= (< log!864 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!864) (< exp!3 exp!6)))
(assert
 (= (< log!864 log!415) (< exp!6 exp!4)))
(assert
 (= (< log!415 log!864) (< exp!4 exp!6)))
(assert
 (= (< log!864 log!639) (< exp!6 exp!5)))
(assert
 (= (< log!639 log!864) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!864 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!864)))
(assert
 (let ((?x462 (* 1.0 exp!2)))
(let ((?x632 (/ ?x462 exp!1)))
(let ((?x477 (+ 1.0 ?x632)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x403 (/ ?x55 exp!1)))
(let ((?x732 (+ ?x403 ?x477)))
(=> (> ?x732 0.0) (= exp!6 ?x732)))))))))
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
(declare-fun log!415 () Real)
(declare-fun log!639 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!864 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (< 0.0 ?x703))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let ((?x280 (/ ?x157 ?x703)))
 (let ((?x281 (- ?x280)))
 (let ((?x284 (* 0.0 ?x281)))
 (let ((?x282 (+ 1.0 ?x281)))
 (let ((?x263 (+ ?x282 ?x284)))
 (let ((?x260 (+ ?x284 ?x263)))
 (let ((?x419 (/ ?x698 ?x703)))
 (let ((?x420 (- ?x419)))
 (let ((?x233 (+ 1.0 ?x420)))
 (let ((?x234 (* 0.0 ?x233)))
 (let ((?x315 (+ ?x420 ?x234)))
 (let ((?x232 (* 0.0 ?x420)))
 (let ((?x317 (+ ?x232 ?x315)))
 (let ((?x313 (/ ?x157 exp!5)))
 (let ((?x257 (* ?x313 ?x317)))
 (let ((?x266 (* ?x257 ?x260)))
 (let ((?x340 (- ?x698)))
 (let ((?x350 (* ?x157 ?x340)))
 (let ((?x339 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x351 (* ?x339 ?x350)))
 (let ((?x191 (/ 0.0 ?x703)))
 (let ((?x348 (+ ?x191 ?x351)))
 (let ((?x349 (- ?x348)))
 (let ((?x205 (* 0.0 ?x349)))
 (let ((?x217 (+ ?x349 ?x205)))
 (let ((?x218 (+ ?x205 ?x217)))
 (let ((?x314 (* ?x218 ?x313)))
 (let ((?x261 (+ ?x314 ?x266)))
 (let ((?x283 (* 0.0 ?x282)))
 (let ((?x184 (+ ?x281 ?x283)))
 (let ((?x278 (+ ?x284 ?x184)))
 (let ((?x181 (+ ?x232 ?x233)))
 (let ((?x182 (+ ?x232 ?x181)))
 (let ((?x325 (/ ?x698 exp!5)))
 (let ((?x183 (* ?x325 ?x182)))
 (let ((?x279 (* ?x183 ?x278)))
 (let ((?x326 (* ?x325 ?x218)))
 (let ((?x175 (+ ?x326 ?x279)))
 (let ((?x264 (+ ?x175 ?x261)))
 (let ((?x209 (+ ?x283 ?x284)))
 (let ((?x210 (+ ?x281 ?x209)))
 (let ((?x196 (+ ?x232 ?x234)))
 (let ((?x240 (+ ?x420 ?x196)))
 (let ((?x422 (/ 1.0 exp!5)))
 (let ((?x268 (* ?x422 ?x240)))
 (let ((?x202 (* ?x268 ?x210)))
 (let ((?x379 (+ ?x205 ?x205)))
 (let ((?x421 (+ ?x349 ?x379)))
 (let ((?x423 (* ?x422 ?x421)))
 (let ((?x211 (+ ?x423 ?x202)))
 (let ((?x265 (+ ?x211 ?x264)))
 (or (and (distinct 0.0 ?x265) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!639 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!639) (< exp!1 exp!5)))
(assert
 (= (< log!639 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!639) (< exp!2 exp!5)))
(assert
 (= (< log!639 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!639) (< exp!3 exp!5)))
(assert
 (= (< log!639 log!415) (< exp!5 exp!4)))
(assert
 (= (< log!415 log!639) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!639 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!639)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!864 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!864) (< exp!1 exp!6)))
(assert
 (= (< log!864 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!864) (< exp!2 exp!6)))
(assert
 (= (< log!864 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!864) (< exp!3 exp!6)))
(assert
 (= (< log!864 log!415) (< exp!6 exp!4)))
(assert
 (= (< log!415 log!864) (< exp!4 exp!6)))
(assert
 (= (< log!864 log!639) (< exp!6 exp!5)))
(assert
 (= (< log!639 log!864) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!864 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!864)))
(assert
 (let ((?x462 (* 1.0 exp!2)))
(let ((?x632 (/ ?x462 exp!1)))
(let ((?x477 (+ 1.0 ?x632)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x403 (/ ?x55 exp!1)))
(let ((?x732 (+ ?x403 ?x477)))
(=> (> ?x732 0.0) (= exp!6 ?x732)))))))))
(check-sat)
(pop 1)
