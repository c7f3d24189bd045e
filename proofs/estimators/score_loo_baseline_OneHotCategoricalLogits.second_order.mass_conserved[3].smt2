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
 (let ((?x268 (/ ?x157 ?x703)))
 (let ((?x280 (- ?x268)))
 (let ((?x283 (* 0.0 ?x280)))
 (let ((?x281 (+ 1.0 ?x280)))
 (let ((?x309 (+ ?x281 ?x283)))
 (let ((?x313 (+ ?x283 ?x309)))
 (let ((?x406 (/ ?x698 ?x703)))
 (let ((?x416 (- ?x406)))
 (let ((?x232 (+ 1.0 ?x416)))
 (let ((?x233 (* 0.0 ?x232)))
 (let ((?x279 (+ ?x416 ?x233)))
 (let ((?x418 (* 0.0 ?x416)))
 (let ((?x175 (+ ?x418 ?x279)))
 (let ((?x184 (/ ?x157 exp!5)))
 (let ((?x176 (* ?x184 ?x175)))
 (let ((?x314 (* ?x176 ?x313)))
 (let ((?x340 (- ?x698)))
 (let ((?x350 (* ?x157 ?x340)))
 (let ((?x339 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x351 (* ?x339 ?x350)))
 (let ((?x191 (/ 0.0 ?x703)))
 (let ((?x348 (+ ?x191 ?x351)))
 (let ((?x349 (- ?x348)))
 (let ((?x205 (* 0.0 ?x349)))
 (let ((?x213 (+ ?x349 ?x205)))
 (let ((?x217 (+ ?x205 ?x213)))
 (let ((?x278 (* ?x217 ?x184)))
 (let ((?x315 (+ ?x278 ?x314)))
 (let ((?x282 (* 0.0 ?x281)))
 (let ((?x398 (+ ?x280 ?x282)))
 (let ((?x325 (+ ?x283 ?x398)))
 (let ((?x392 (+ ?x418 ?x232)))
 (let ((?x386 (+ ?x418 ?x392)))
 (let ((?x218 (/ ?x698 exp!5)))
 (let ((?x396 (* ?x218 ?x386)))
 (let ((?x326 (* ?x396 ?x325)))
 (let ((?x380 (* ?x218 ?x217)))
 (let ((?x181 (+ ?x380 ?x326)))
 (let ((?x317 (+ ?x181 ?x315)))
 (let ((?x284 (+ ?x282 ?x283)))
 (let ((?x209 (+ ?x280 ?x284)))
 (let ((?x234 (+ ?x418 ?x233)))
 (let ((?x196 (+ ?x416 ?x234)))
 (let ((?x412 (/ 1.0 exp!5)))
 (let ((?x240 (* ?x412 ?x196)))
 (let ((?x210 (* ?x240 ?x209)))
 (let ((?x379 (+ ?x205 ?x205)))
 (let ((?x401 (+ ?x349 ?x379)))
 (let ((?x385 (* ?x412 ?x401)))
 (let ((?x202 (+ ?x385 ?x210)))
 (let ((?x257 (+ ?x202 ?x317)))
 (or (and (distinct 0.0 ?x257) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x287 (/ ?x462 exp!1)))
 (let ((?x253 (+ 1.0 ?x287)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x338 (/ ?x55 exp!1)))
 (let ((?x366 (+ ?x338 ?x253)))
 (< 0.0 ?x366))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x287 (/ ?x462 exp!1)))
 (let ((?x253 (+ 1.0 ?x287)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x338 (/ ?x55 exp!1)))
 (let ((?x366 (+ ?x338 ?x253)))
 (let (($x323 (= 0.0 ?x366)))
 (not $x323)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x287 (/ ?x462 exp!1)))
 (let ((?x253 (+ 1.0 ?x287)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x338 (/ ?x55 exp!1)))
 (let ((?x366 (+ ?x338 ?x253)))
 (let (($x323 (= 0.0 ?x366)))
 (not $x323)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x287 (/ ?x462 exp!1)))
 (let ((?x253 (+ 1.0 ?x287)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x338 (/ ?x55 exp!1)))
 (let ((?x366 (+ ?x338 ?x253)))
 (let (($x323 (= 0.0 ?x366)))
 (not $x323)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x287 (/ ?x462 exp!1)))
 (let ((?x253 (+ 1.0 ?x287)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x338 (/ ?x55 exp!1)))
 (let ((?x366 (+ ?x338 ?x253)))
 (let (($x323 (= 0.0 ?x366)))
 (not $x323)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x287 (/ ?x462 exp!1)))
 (let ((?x253 (+ 1.0 ?x287)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x338 (/ ?x55 exp!1)))
 (let ((?x366 (+ ?x338 ?x253)))
 (let (($x323 (= 0.0 ?x366)))
 (not $x323)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x287 (/ ?x462 exp!1)))
 (let ((?x253 (+ 1.0 ?x287)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x338 (/ ?x55 exp!1)))
 (let ((?x366 (+ ?x338 ?x253)))
 (let ((?x329 (/ 1.0 ?x366)))
 (let ((?x254 (- ?x329)))
 (let ((?x378 (* 0.0 ?x254)))
 (let ((?x716 (+ 1.0 ?x254)))
 (let ((?x647 (+ ?x716 ?x378)))
 (let ((?x328 (+ ?x378 ?x647)))
 (let ((?x169 (/ ?x287 ?x366)))
 (let ((?x368 (- ?x169)))
 (let ((?x372 (+ 1.0 ?x368)))
 (let ((?x179 (* 0.0 ?x372)))
 (let ((?x1009 (+ ?x368 ?x179)))
 (let ((?x322 (* 0.0 ?x368)))
 (let ((?x999 (+ ?x322 ?x1009)))
 (let ((?x298 (/ 1.0 exp!6)))
 (let ((?x424 (* ?x298 ?x999)))
 (let ((?x501 (* ?x424 ?x328)))
 (let ((?x311 (- ?x287)))
 (let ((?x496 (/ 1.0 (* ?x366 ?x366))))
 (let ((?x758 (* ?x496 ?x311)))
 (let ((?x397 (/ 0.0 ?x366)))
 (let ((?x359 (+ ?x397 ?x758)))
 (let ((?x427 (- ?x359)))
 (let ((?x369 (* 0.0 ?x427)))
 (let ((?x389 (+ ?x427 ?x369)))
 (let ((?x223 (+ ?x369 ?x389)))
 (let ((?x789 (* ?x223 ?x298)))
 (let ((?x1005 (+ ?x789 ?x501)))
 (let ((?x1008 (* 0.0 ?x716)))
 (let ((?x247 (+ ?x254 ?x1008)))
 (let ((?x1002 (+ ?x378 ?x247)))
 (let ((?x793 (+ ?x322 ?x372)))
 (let ((?x244 (+ ?x322 ?x793)))
 (let ((?x1011 (/ ?x287 exp!6)))
 (let ((?x490 (* ?x1011 ?x244)))
 (let ((?x497 (* ?x490 ?x1002)))
 (let ((?x514 (* ?x1011 ?x223)))
 (let ((?x720 (+ ?x514 ?x497)))
 (let ((?x1012 (+ ?x720 ?x1005)))
 (let ((?x788 (+ ?x1008 ?x378)))
 (let ((?x991 (+ ?x254 ?x788)))
 (let ((?x222 (+ ?x322 ?x179)))
 (let ((?x1020 (+ ?x368 ?x222)))
 (let ((?x583 (/ ?x338 exp!6)))
 (let ((?x769 (* ?x583 ?x1020)))
 (let ((?x1023 (* ?x769 ?x991)))
 (let ((?x1019 (+ ?x369 ?x369)))
 (let ((?x780 (+ ?x427 ?x1019)))
 (let ((?x170 (* ?x583 ?x780)))
 (let ((?x760 (+ ?x170 ?x1023)))
 (let ((?x443 (+ ?x760 ?x1012)))
 (or (and (distinct 0.0 ?x443) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
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
 (let ((?x462 (* 1.0 exp!2)))
(let ((?x287 (/ ?x462 exp!1)))
(let ((?x253 (+ 1.0 ?x287)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x338 (/ ?x55 exp!1)))
(let ((?x366 (+ ?x338 ?x253)))
(=> (> ?x366 0.0) (= exp!6 ?x366)))))))))
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
 (let ((?x268 (/ ?x157 ?x703)))
 (let ((?x280 (- ?x268)))
 (let ((?x283 (* 0.0 ?x280)))
 (let ((?x281 (+ 1.0 ?x280)))
 (let ((?x309 (+ ?x281 ?x283)))
 (let ((?x313 (+ ?x283 ?x309)))
 (let ((?x406 (/ ?x698 ?x703)))
 (let ((?x416 (- ?x406)))
 (let ((?x232 (+ 1.0 ?x416)))
 (let ((?x233 (* 0.0 ?x232)))
 (let ((?x279 (+ ?x416 ?x233)))
 (let ((?x418 (* 0.0 ?x416)))
 (let ((?x175 (+ ?x418 ?x279)))
 (let ((?x184 (/ ?x157 exp!5)))
 (let ((?x176 (* ?x184 ?x175)))
 (let ((?x314 (* ?x176 ?x313)))
 (let ((?x340 (- ?x698)))
 (let ((?x350 (* ?x157 ?x340)))
 (let ((?x339 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x351 (* ?x339 ?x350)))
 (let ((?x191 (/ 0.0 ?x703)))
 (let ((?x348 (+ ?x191 ?x351)))
 (let ((?x349 (- ?x348)))
 (let ((?x205 (* 0.0 ?x349)))
 (let ((?x213 (+ ?x349 ?x205)))
 (let ((?x217 (+ ?x205 ?x213)))
 (let ((?x278 (* ?x217 ?x184)))
 (let ((?x315 (+ ?x278 ?x314)))
 (let ((?x282 (* 0.0 ?x281)))
 (let ((?x398 (+ ?x280 ?x282)))
 (let ((?x325 (+ ?x283 ?x398)))
 (let ((?x392 (+ ?x418 ?x232)))
 (let ((?x386 (+ ?x418 ?x392)))
 (let ((?x218 (/ ?x698 exp!5)))
 (let ((?x396 (* ?x218 ?x386)))
 (let ((?x326 (* ?x396 ?x325)))
 (let ((?x380 (* ?x218 ?x217)))
 (let ((?x181 (+ ?x380 ?x326)))
 (let ((?x317 (+ ?x181 ?x315)))
 (let ((?x284 (+ ?x282 ?x283)))
 (let ((?x209 (+ ?x280 ?x284)))
 (let ((?x234 (+ ?x418 ?x233)))
 (let ((?x196 (+ ?x416 ?x234)))
 (let ((?x412 (/ 1.0 exp!5)))
 (let ((?x240 (* ?x412 ?x196)))
 (let ((?x210 (* ?x240 ?x209)))
 (let ((?x379 (+ ?x205 ?x205)))
 (let ((?x401 (+ ?x349 ?x379)))
 (let ((?x385 (* ?x412 ?x401)))
 (let ((?x202 (+ ?x385 ?x210)))
 (let ((?x257 (+ ?x202 ?x317)))
 (or (and (distinct 0.0 ?x257) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
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
 (let ((?x462 (* 1.0 exp!2)))
(let ((?x287 (/ ?x462 exp!1)))
(let ((?x253 (+ 1.0 ?x287)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x338 (/ ?x55 exp!1)))
(let ((?x366 (+ ?x338 ?x253)))
(=> (> ?x366 0.0) (= exp!6 ?x366)))))))))
(check-sat)
(pop 1)
