; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[6]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
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
(declare-fun log!303 () Real)
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
 (let ((?x109 (/ 1.0 ?x57)))
 (let ((?x110 (- ?x109)))
 (let ((?x112 (+ 1.0 ?x110)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x144 (+ ?x110 ?x113)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x145 (+ ?x111 ?x144)))
 (let ((?x142 (/ ?x36 exp!4)))
 (let ((?x146 (* ?x142 ?x145)))
 (let ((?x117 (/ ?x56 ?x57)))
 (let ((?x118 (- ?x117)))
 (let ((?x120 (* 0.0 ?x118)))
 (let ((?x136 (+ ?x118 ?x120)))
 (let ((?x119 (+ 1.0 ?x118)))
 (let ((?x135 (* 0.0 ?x119)))
 (let ((?x137 (+ ?x135 ?x136)))
 (let ((?x147 (* ?x137 ?x146)))
 (let ((?x100 (- ?x56)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x101 (* ?x99 ?x100)))
 (let ((?x97 (/ 0.0 ?x57)))
 (let ((?x102 (+ ?x97 ?x101)))
 (let ((?x103 (- ?x102)))
 (let ((?x104 (* 0.0 ?x103)))
 (let ((?x128 (+ ?x103 ?x104)))
 (let ((?x129 (+ ?x104 ?x128)))
 (let ((?x143 (* ?x129 ?x142)))
 (let ((?x148 (+ ?x143 ?x147)))
 (let ((?x132 (+ ?x111 ?x112)))
 (let ((?x133 (+ ?x111 ?x132)))
 (let ((?x130 (/ 1.0 exp!4)))
 (let ((?x134 (* ?x130 ?x133)))
 (let ((?x138 (* ?x134 ?x137)))
 (let ((?x131 (* ?x130 ?x129)))
 (let ((?x139 (+ ?x131 ?x138)))
 (let ((?x149 (+ ?x139 ?x148)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (+ ?x110 ?x114)))
 (let ((?x107 (/ ?x56 exp!4)))
 (let ((?x116 (* ?x107 ?x115)))
 (let ((?x123 (* ?x116 ?x122)))
 (let ((?x105 (+ ?x104 ?x104)))
 (let ((?x106 (+ ?x103 ?x105)))
 (let ((?x108 (* ?x107 ?x106)))
 (let ((?x124 (+ ?x108 ?x123)))
 (let ((?x150 (+ ?x124 ?x149)))
 (or (and (distinct 0.0 ?x150) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!303 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!303) (< exp!1 exp!4)))
(assert
 (= (< log!303 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!303) (< exp!2 exp!4)))
(assert
 (= (< log!303 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!303) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!303 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!303)))
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
(declare-fun log!303 () Real)
(declare-fun log!527 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (< 0.0 ?x703)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let ((?x255 (/ ?x702 ?x703)))
 (let ((?x260 (- ?x255)))
 (let ((?x207 (+ 1.0 ?x260)))
 (let ((?x208 (* 0.0 ?x207)))
 (let ((?x317 (+ ?x260 ?x208)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x318 (+ ?x261 ?x317)))
 (let ((?x319 (/ ?x155 exp!5)))
 (let ((?x185 (* ?x319 ?x318)))
 (let ((?x204 (/ 1.0 ?x703)))
 (let ((?x210 (- ?x204)))
 (let ((?x215 (* 0.0 ?x210)))
 (let ((?x174 (+ ?x210 ?x215)))
 (let ((?x211 (+ 1.0 ?x210)))
 (let ((?x173 (* 0.0 ?x211)))
 (let ((?x308 (+ ?x173 ?x174)))
 (let ((?x333 (* ?x308 ?x185)))
 (let ((?x348 (- ?x702)))
 (let ((?x347 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x186 (* ?x347 ?x348)))
 (let ((?x349 (/ 0.0 ?x703)))
 (let ((?x235 (+ ?x349 ?x186)))
 (let ((?x259 (- ?x235)))
 (let ((?x230 (* 0.0 ?x259)))
 (let ((?x325 (+ ?x259 ?x230)))
 (let ((?x179 (+ ?x230 ?x325)))
 (let ((?x320 (* ?x179 ?x319)))
 (let ((?x345 (+ ?x320 ?x333)))
 (let ((?x182 (+ ?x261 ?x207)))
 (let ((?x280 (+ ?x261 ?x182)))
 (let ((?x180 (/ ?x702 exp!5)))
 (let ((?x281 (* ?x180 ?x280)))
 (let ((?x312 (* ?x281 ?x308)))
 (let ((?x181 (* ?x180 ?x179)))
 (let ((?x313 (+ ?x181 ?x312)))
 (let ((?x351 (+ ?x313 ?x345)))
 (let ((?x231 (+ ?x215 ?x215)))
 (let ((?x232 (+ ?x211 ?x231)))
 (let ((?x200 (+ ?x261 ?x208)))
 (let ((?x203 (+ ?x260 ?x200)))
 (let ((?x264 (/ 1.0 exp!5)))
 (let ((?x209 (* ?x264 ?x203)))
 (let ((?x212 (* ?x209 ?x232)))
 (let ((?x262 (+ ?x230 ?x230)))
 (let ((?x263 (+ ?x259 ?x262)))
 (let ((?x254 (* ?x264 ?x263)))
 (let ((?x265 (+ ?x254 ?x212)))
 (let ((?x195 (+ ?x265 ?x351)))
 (or (and (distinct 0.0 ?x195) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!303 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!303) (< exp!1 exp!4)))
(assert
 (= (< log!303 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!303) (< exp!2 exp!4)))
(assert
 (= (< log!303 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!303) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!303 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!303)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!527 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!527) (< exp!1 exp!5)))
(assert
 (= (< log!527 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!527) (< exp!2 exp!5)))
(assert
 (= (< log!527 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!527) (< exp!3 exp!5)))
(assert
 (= (< log!527 log!303) (< exp!5 exp!4)))
(assert
 (= (< log!303 log!527) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!527 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!527)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x155 (/ ?x9 exp!3)))
(let ((?x702 (/ (* 1.0 exp!2) exp!3)))
(let ((?x685 (+ ?x702 ?x155)))
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
(declare-fun log!303 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!527 () Real)
(declare-fun log!752 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x503 (/ ?x459 exp!1)))
 (let ((?x453 (+ 1.0 ?x503)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x359 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x359 ?x453)))
 (< 0.0 ?x342))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x503 (/ ?x459 exp!1)))
 (let ((?x453 (+ 1.0 ?x503)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x359 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x359 ?x453)))
 (let (($x385 (= 0.0 ?x342)))
 (not $x385)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x503 (/ ?x459 exp!1)))
 (let ((?x453 (+ 1.0 ?x503)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x359 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x359 ?x453)))
 (let (($x385 (= 0.0 ?x342)))
 (not $x385)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x503 (/ ?x459 exp!1)))
 (let ((?x453 (+ 1.0 ?x503)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x359 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x359 ?x453)))
 (let (($x385 (= 0.0 ?x342)))
 (not $x385)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x503 (/ ?x459 exp!1)))
 (let ((?x453 (+ 1.0 ?x503)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x359 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x359 ?x453)))
 (let (($x385 (= 0.0 ?x342)))
 (not $x385)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x503 (/ ?x459 exp!1)))
 (let ((?x453 (+ 1.0 ?x503)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x359 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x359 ?x453)))
 (let (($x385 (= 0.0 ?x342)))
 (not $x385)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x503 (/ ?x459 exp!1)))
 (let ((?x453 (+ 1.0 ?x503)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x359 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x359 ?x453)))
 (let ((?x218 (/ ?x503 ?x342)))
 (let ((?x252 (- ?x218)))
 (let ((?x402 (+ 1.0 ?x252)))
 (let ((?x1016 (* 0.0 ?x402)))
 (let ((?x745 (+ ?x252 ?x1016)))
 (let ((?x381 (* 0.0 ?x252)))
 (let ((?x427 (+ ?x381 ?x745)))
 (let ((?x487 (/ 1.0 exp!6)))
 (let ((?x715 (* ?x487 ?x427)))
 (let ((?x762 (/ ?x359 ?x342)))
 (let ((?x764 (- ?x762)))
 (let ((?x229 (* 0.0 ?x764)))
 (let ((?x718 (+ ?x764 ?x229)))
 (let ((?x1022 (+ 1.0 ?x764)))
 (let ((?x659 (* 0.0 ?x1022)))
 (let ((?x1006 (+ ?x659 ?x718)))
 (let ((?x213 (* ?x1006 ?x715)))
 (let ((?x383 (- ?x503)))
 (let ((?x228 (* ?x359 ?x383)))
 (let ((?x447 (/ 1.0 (* ?x342 ?x342))))
 (let ((?x419 (* ?x447 ?x228)))
 (let ((?x753 (/ 0.0 ?x342)))
 (let ((?x569 (+ ?x753 ?x419)))
 (let ((?x242 (- ?x569)))
 (let ((?x1026 (* 0.0 ?x242)))
 (let ((?x431 (+ ?x242 ?x1026)))
 (let ((?x412 (+ ?x1026 ?x431)))
 (let ((?x572 (* ?x412 ?x487)))
 (let ((?x564 (+ ?x572 ?x213)))
 (let ((?x788 (+ ?x381 ?x402)))
 (let ((?x161 (+ ?x381 ?x788)))
 (let ((?x1015 (/ ?x503 exp!6)))
 (let ((?x414 (* ?x1015 ?x161)))
 (let ((?x1004 (* ?x414 ?x1006)))
 (let ((?x552 (* ?x1015 ?x412)))
 (let ((?x236 (+ ?x552 ?x1004)))
 (let ((?x440 (+ ?x236 ?x564)))
 (let ((?x548 (+ ?x229 ?x229)))
 (let ((?x1024 (+ ?x1022 ?x548)))
 (let ((?x1027 (+ ?x381 ?x1016)))
 (let ((?x344 (+ ?x252 ?x1027)))
 (let ((?x776 (/ ?x359 exp!6)))
 (let ((?x251 (* ?x776 ?x344)))
 (let ((?x420 (* ?x251 ?x1024)))
 (let ((?x343 (+ ?x1026 ?x1026)))
 (let ((?x376 (+ ?x242 ?x343)))
 (let ((?x755 (* ?x776 ?x376)))
 (let ((?x591 (+ ?x755 ?x420)))
 (let ((?x1009 (+ ?x591 ?x440)))
 (or (and (distinct 0.0 ?x1009) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!303 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!303) (< exp!1 exp!4)))
(assert
 (= (< log!303 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!303) (< exp!2 exp!4)))
(assert
 (= (< log!303 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!303) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!303 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!303)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!527 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!527) (< exp!1 exp!5)))
(assert
 (= (< log!527 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!527) (< exp!2 exp!5)))
(assert
 (= (< log!527 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!527) (< exp!3 exp!5)))
(assert
 (= (< log!527 log!303) (< exp!5 exp!4)))
(assert
 (= (< log!303 log!527) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!527 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!527)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!752 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!752) (< exp!1 exp!6)))
(assert
 (= (< log!752 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!752) (< exp!2 exp!6)))
(assert
 (= (< log!752 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!752) (< exp!3 exp!6)))
(assert
 (= (< log!752 log!303) (< exp!6 exp!4)))
(assert
 (= (< log!303 log!752) (< exp!4 exp!6)))
(assert
 (= (< log!752 log!527) (< exp!6 exp!5)))
(assert
 (= (< log!527 log!752) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!752 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!752)))
(assert
 (let ((?x459 (* 1.0 exp!2)))
(let ((?x503 (/ ?x459 exp!1)))
(let ((?x453 (+ 1.0 ?x503)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x359 (/ ?x55 exp!1)))
(let ((?x342 (+ ?x359 ?x453)))
(=> (> ?x342 0.0) (= exp!6 ?x342)))))))))
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
(declare-fun log!303 () Real)
(declare-fun log!527 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!752 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (< 0.0 ?x703))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let ((?x255 (/ ?x702 ?x703)))
 (let ((?x260 (- ?x255)))
 (let ((?x207 (+ 1.0 ?x260)))
 (let ((?x208 (* 0.0 ?x207)))
 (let ((?x317 (+ ?x260 ?x208)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x318 (+ ?x261 ?x317)))
 (let ((?x319 (/ ?x155 exp!5)))
 (let ((?x185 (* ?x319 ?x318)))
 (let ((?x204 (/ 1.0 ?x703)))
 (let ((?x210 (- ?x204)))
 (let ((?x215 (* 0.0 ?x210)))
 (let ((?x174 (+ ?x210 ?x215)))
 (let ((?x211 (+ 1.0 ?x210)))
 (let ((?x173 (* 0.0 ?x211)))
 (let ((?x308 (+ ?x173 ?x174)))
 (let ((?x333 (* ?x308 ?x185)))
 (let ((?x348 (- ?x702)))
 (let ((?x347 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x186 (* ?x347 ?x348)))
 (let ((?x349 (/ 0.0 ?x703)))
 (let ((?x235 (+ ?x349 ?x186)))
 (let ((?x259 (- ?x235)))
 (let ((?x230 (* 0.0 ?x259)))
 (let ((?x325 (+ ?x259 ?x230)))
 (let ((?x179 (+ ?x230 ?x325)))
 (let ((?x320 (* ?x179 ?x319)))
 (let ((?x345 (+ ?x320 ?x333)))
 (let ((?x182 (+ ?x261 ?x207)))
 (let ((?x280 (+ ?x261 ?x182)))
 (let ((?x180 (/ ?x702 exp!5)))
 (let ((?x281 (* ?x180 ?x280)))
 (let ((?x312 (* ?x281 ?x308)))
 (let ((?x181 (* ?x180 ?x179)))
 (let ((?x313 (+ ?x181 ?x312)))
 (let ((?x351 (+ ?x313 ?x345)))
 (let ((?x231 (+ ?x215 ?x215)))
 (let ((?x232 (+ ?x211 ?x231)))
 (let ((?x200 (+ ?x261 ?x208)))
 (let ((?x203 (+ ?x260 ?x200)))
 (let ((?x264 (/ 1.0 exp!5)))
 (let ((?x209 (* ?x264 ?x203)))
 (let ((?x212 (* ?x209 ?x232)))
 (let ((?x262 (+ ?x230 ?x230)))
 (let ((?x263 (+ ?x259 ?x262)))
 (let ((?x254 (* ?x264 ?x263)))
 (let ((?x265 (+ ?x254 ?x212)))
 (let ((?x195 (+ ?x265 ?x351)))
 (or (and (distinct 0.0 ?x195) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!303 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!303) (< exp!1 exp!4)))
(assert
 (= (< log!303 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!303) (< exp!2 exp!4)))
(assert
 (= (< log!303 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!303) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!303 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!303)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!527 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!527) (< exp!1 exp!5)))
(assert
 (= (< log!527 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!527) (< exp!2 exp!5)))
(assert
 (= (< log!527 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!527) (< exp!3 exp!5)))
(assert
 (= (< log!527 log!303) (< exp!5 exp!4)))
(assert
 (= (< log!303 log!527) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!527 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!527)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!752 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!752) (< exp!1 exp!6)))
(assert
 (= (< log!752 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!752) (< exp!2 exp!6)))
(assert
 (= (< log!752 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!752) (< exp!3 exp!6)))
(assert
 (= (< log!752 log!303) (< exp!6 exp!4)))
(assert
 (= (< log!303 log!752) (< exp!4 exp!6)))
(assert
 (= (< log!752 log!527) (< exp!6 exp!5)))
(assert
 (= (< log!527 log!752) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!752 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!752)))
(assert
 (let ((?x459 (* 1.0 exp!2)))
(let ((?x503 (/ ?x459 exp!1)))
(let ((?x453 (+ 1.0 ?x503)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x359 (/ ?x55 exp!1)))
(let ((?x342 (+ ?x359 ?x453)))
(=> (> ?x342 0.0) (= exp!6 ?x342)))))))))
(check-sat)
(pop 1)
