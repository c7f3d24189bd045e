; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[3]', verdict unproved
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
(declare-fun log!313 () Real)
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
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
 (let ((?x143 (* ?x142 ?x130)))
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
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
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
(declare-fun log!313 () Real)
(declare-fun log!538 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x700 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x700 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x700 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (< 0.0 ?x705)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x700 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x700 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x700 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x700 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let ((?x282 (/ ?x157 ?x705)))
 (let ((?x283 (- ?x282)))
 (let ((?x286 (* 0.0 ?x283)))
 (let ((?x284 (+ 1.0 ?x283)))
 (let ((?x263 (+ ?x284 ?x286)))
 (let ((?x260 (+ ?x286 ?x263)))
 (let ((?x240 (/ ?x700 ?x705)))
 (let ((?x381 (- ?x240)))
 (let ((?x404 (+ 1.0 ?x381)))
 (let ((?x405 (* 0.0 ?x404)))
 (let ((?x317 (+ ?x381 ?x405)))
 (let ((?x403 (* 0.0 ?x381)))
 (let ((?x319 (+ ?x403 ?x317)))
 (let ((?x315 (/ ?x157 exp!5)))
 (let ((?x257 (* ?x315 ?x319)))
 (let ((?x266 (* ?x257 ?x260)))
 (let ((?x342 (- ?x700)))
 (let ((?x352 (* ?x157 ?x342)))
 (let ((?x341 (/ 1.0 (* ?x705 ?x705))))
 (let ((?x353 (* ?x341 ?x352)))
 (let ((?x192 (/ 0.0 ?x705)))
 (let ((?x350 (+ ?x192 ?x353)))
 (let ((?x351 (- ?x350)))
 (let ((?x205 (* 0.0 ?x351)))
 (let ((?x217 (+ ?x351 ?x205)))
 (let ((?x218 (+ ?x205 ?x217)))
 (let ((?x316 (* ?x315 ?x218)))
 (let ((?x261 (+ ?x316 ?x266)))
 (let ((?x285 (* 0.0 ?x284)))
 (let ((?x184 (+ ?x283 ?x285)))
 (let ((?x280 (+ ?x286 ?x184)))
 (let ((?x181 (+ ?x403 ?x404)))
 (let ((?x182 (+ ?x403 ?x181)))
 (let ((?x327 (/ ?x700 exp!5)))
 (let ((?x183 (* ?x327 ?x182)))
 (let ((?x281 (* ?x183 ?x280)))
 (let ((?x328 (* ?x327 ?x218)))
 (let ((?x175 (+ ?x328 ?x281)))
 (let ((?x264 (+ ?x175 ?x261)))
 (let ((?x209 (+ ?x285 ?x286)))
 (let ((?x210 (+ ?x283 ?x209)))
 (let ((?x401 (+ ?x403 ?x405)))
 (let ((?x402 (+ ?x381 ?x401)))
 (let ((?x234 (/ 1.0 exp!5)))
 (let ((?x268 (* ?x234 ?x402)))
 (let ((?x202 (* ?x268 ?x210)))
 (let ((?x232 (+ ?x205 ?x205)))
 (let ((?x233 (+ ?x351 ?x232)))
 (let ((?x196 (* ?x234 ?x233)))
 (let ((?x211 (+ ?x196 ?x202)))
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
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!538 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!538) (< exp!1 exp!5)))
(assert
 (= (< log!538 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!538) (< exp!2 exp!5)))
(assert
 (= (< log!538 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!538) (< exp!3 exp!5)))
(assert
 (= (< log!538 log!313) (< exp!5 exp!4)))
(assert
 (= (< log!313 log!538) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!538 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!538)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x157 (/ ?x9 exp!3)))
(let ((?x700 (/ (* 1.0 exp!2) exp!3)))
(let ((?x687 (+ ?x700 ?x157)))
(let ((?x705 (+ 1.0 ?x687)))
(=> (> ?x705 0.0) (= exp!5 ?x705))))))))
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
(declare-fun log!313 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!538 () Real)
(declare-fun log!763 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x480 exp!1)))
 (let ((?x325 (+ 1.0 ?x373)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x375 (/ ?x55 exp!1)))
 (let ((?x314 (+ ?x375 ?x325)))
 (let (($x784 (= 0.0 ?x314)))
 (not $x784)))))))))
(assert
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x480 exp!1)))
 (let ((?x325 (+ 1.0 ?x373)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x375 (/ ?x55 exp!1)))
 (let ((?x314 (+ ?x375 ?x325)))
 (let (($x784 (= 0.0 ?x314)))
 (not $x784)))))))))
(assert
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x480 exp!1)))
 (let ((?x325 (+ 1.0 ?x373)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x375 (/ ?x55 exp!1)))
 (let ((?x314 (+ ?x375 ?x325)))
 (< 0.0 ?x314))))))))
(assert
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x480 exp!1)))
 (let ((?x325 (+ 1.0 ?x373)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x375 (/ ?x55 exp!1)))
 (let ((?x314 (+ ?x375 ?x325)))
 (let (($x784 (= 0.0 ?x314)))
 (not $x784)))))))))
(assert
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x480 exp!1)))
 (let ((?x325 (+ 1.0 ?x373)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x375 (/ ?x55 exp!1)))
 (let ((?x314 (+ ?x375 ?x325)))
 (let (($x784 (= 0.0 ?x314)))
 (not $x784)))))))))
(assert
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x480 exp!1)))
 (let ((?x325 (+ 1.0 ?x373)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x375 (/ ?x55 exp!1)))
 (let ((?x314 (+ ?x375 ?x325)))
 (let (($x784 (= 0.0 ?x314)))
 (not $x784)))))))))
(assert
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x373 (/ ?x480 exp!1)))
 (let ((?x325 (+ 1.0 ?x373)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x375 (/ ?x55 exp!1)))
 (let ((?x314 (+ ?x375 ?x325)))
 (let ((?x357 (/ 1.0 ?x314)))
 (let ((?x363 (- ?x357)))
 (let ((?x425 (* 0.0 ?x363)))
 (let ((?x536 (+ 1.0 ?x363)))
 (let ((?x446 (+ ?x536 ?x425)))
 (let ((?x485 (+ ?x425 ?x446)))
 (let ((?x487 (/ ?x373 ?x314)))
 (let ((?x578 (- ?x487)))
 (let ((?x193 (+ 1.0 ?x578)))
 (let ((?x159 (* 0.0 ?x193)))
 (let ((?x1011 (+ ?x578 ?x159)))
 (let ((?x367 (* 0.0 ?x578)))
 (let ((?x596 (+ ?x367 ?x1011)))
 (let ((?x417 (/ 1.0 exp!6)))
 (let ((?x739 (* ?x417 ?x596)))
 (let ((?x503 (* ?x739 ?x485)))
 (let ((?x244 (/ 1.0 (* ?x314 ?x314))))
 (let ((?x258 (- ?x373)))
 (let ((?x388 (* ?x258 ?x244)))
 (let ((?x452 (/ 0.0 ?x314)))
 (let ((?x255 (+ ?x452 ?x388)))
 (let ((?x715 (- ?x255)))
 (let ((?x346 (* 0.0 ?x715)))
 (let ((?x389 (+ ?x715 ?x346)))
 (let ((?x168 (+ ?x346 ?x389)))
 (let ((?x429 (* ?x417 ?x168)))
 (let ((?x792 (+ ?x429 ?x503)))
 (let ((?x1010 (* 0.0 ?x536)))
 (let ((?x398 (+ ?x363 ?x1010)))
 (let ((?x1004 (+ ?x425 ?x398)))
 (let ((?x799 (+ ?x367 ?x193)))
 (let ((?x288 (+ ?x367 ?x799)))
 (let ((?x1013 (/ ?x373 exp!6)))
 (let ((?x339 (* ?x1013 ?x288)))
 (let ((?x436 (* ?x339 ?x1004)))
 (let ((?x516 (* ?x1013 ?x168)))
 (let ((?x638 (+ ?x516 ?x436)))
 (let ((?x1014 (+ ?x638 ?x792)))
 (let ((?x224 (+ ?x1010 ?x425)))
 (let ((?x745 (+ ?x363 ?x224)))
 (let ((?x601 (+ ?x367 ?x159)))
 (let ((?x1022 (+ ?x578 ?x601)))
 (let ((?x347 (/ ?x375 exp!6)))
 (let ((?x760 (* ?x347 ?x1022)))
 (let ((?x173 (* ?x760 ?x745)))
 (let ((?x1021 (+ ?x346 ?x346)))
 (let ((?x734 (+ ?x715 ?x1021)))
 (let ((?x771 (* ?x347 ?x734)))
 (let ((?x279 (+ ?x771 ?x173)))
 (let ((?x486 (+ ?x279 ?x1014)))
 (or (and (distinct 0.0 ?x486) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!538 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!538) (< exp!1 exp!5)))
(assert
 (= (< log!538 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!538) (< exp!2 exp!5)))
(assert
 (= (< log!538 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!538) (< exp!3 exp!5)))
(assert
 (= (< log!538 log!313) (< exp!5 exp!4)))
(assert
 (= (< log!313 log!538) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!538 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!538)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
(assert
 (= (< log!763 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!763) (< exp!1 exp!6)))
(assert
 (= (< log!763 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!763) (< exp!2 exp!6)))
(assert
 (= (< log!763 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!763) (< exp!3 exp!6)))
(assert
 (= (< log!763 log!313) (< exp!6 exp!4)))
(assert
 (= (< log!313 log!763) (< exp!4 exp!6)))
(assert
 (= (< log!763 log!538) (< exp!6 exp!5)))
(assert
 (= (< log!538 log!763) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!763 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!763)))
(assert
 (let ((?x480 (* 1.0 exp!2)))
(let ((?x373 (/ ?x480 exp!1)))
(let ((?x325 (+ 1.0 ?x373)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x375 (/ ?x55 exp!1)))
(let ((?x314 (+ ?x375 ?x325)))
(=> (> ?x314 0.0) (= exp!6 ?x314)))))))))
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
(declare-fun log!313 () Real)
(declare-fun log!538 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!763 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (< 0.0 ?x705))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let ((?x282 (/ ?x157 ?x705)))
 (let ((?x283 (- ?x282)))
 (let ((?x286 (* 0.0 ?x283)))
 (let ((?x284 (+ 1.0 ?x283)))
 (let ((?x263 (+ ?x284 ?x286)))
 (let ((?x260 (+ ?x286 ?x263)))
 (let ((?x240 (/ ?x700 ?x705)))
 (let ((?x381 (- ?x240)))
 (let ((?x404 (+ 1.0 ?x381)))
 (let ((?x405 (* 0.0 ?x404)))
 (let ((?x317 (+ ?x381 ?x405)))
 (let ((?x403 (* 0.0 ?x381)))
 (let ((?x319 (+ ?x403 ?x317)))
 (let ((?x315 (/ ?x157 exp!5)))
 (let ((?x257 (* ?x315 ?x319)))
 (let ((?x266 (* ?x257 ?x260)))
 (let ((?x342 (- ?x700)))
 (let ((?x352 (* ?x157 ?x342)))
 (let ((?x341 (/ 1.0 (* ?x705 ?x705))))
 (let ((?x353 (* ?x341 ?x352)))
 (let ((?x192 (/ 0.0 ?x705)))
 (let ((?x350 (+ ?x192 ?x353)))
 (let ((?x351 (- ?x350)))
 (let ((?x205 (* 0.0 ?x351)))
 (let ((?x217 (+ ?x351 ?x205)))
 (let ((?x218 (+ ?x205 ?x217)))
 (let ((?x316 (* ?x315 ?x218)))
 (let ((?x261 (+ ?x316 ?x266)))
 (let ((?x285 (* 0.0 ?x284)))
 (let ((?x184 (+ ?x283 ?x285)))
 (let ((?x280 (+ ?x286 ?x184)))
 (let ((?x181 (+ ?x403 ?x404)))
 (let ((?x182 (+ ?x403 ?x181)))
 (let ((?x327 (/ ?x700 exp!5)))
 (let ((?x183 (* ?x327 ?x182)))
 (let ((?x281 (* ?x183 ?x280)))
 (let ((?x328 (* ?x327 ?x218)))
 (let ((?x175 (+ ?x328 ?x281)))
 (let ((?x264 (+ ?x175 ?x261)))
 (let ((?x209 (+ ?x285 ?x286)))
 (let ((?x210 (+ ?x283 ?x209)))
 (let ((?x401 (+ ?x403 ?x405)))
 (let ((?x402 (+ ?x381 ?x401)))
 (let ((?x234 (/ 1.0 exp!5)))
 (let ((?x268 (* ?x234 ?x402)))
 (let ((?x202 (* ?x268 ?x210)))
 (let ((?x232 (+ ?x205 ?x205)))
 (let ((?x233 (+ ?x351 ?x232)))
 (let ((?x196 (* ?x234 ?x233)))
 (let ((?x211 (+ ?x196 ?x202)))
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
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!538 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!538) (< exp!1 exp!5)))
(assert
 (= (< log!538 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!538) (< exp!2 exp!5)))
(assert
 (= (< log!538 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!538) (< exp!3 exp!5)))
(assert
 (= (< log!538 log!313) (< exp!5 exp!4)))
(assert
 (= (< log!313 log!538) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!538 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!538)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
(assert
 (= (< log!763 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!763) (< exp!1 exp!6)))
(assert
 (= (< log!763 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!763) (< exp!2 exp!6)))
(assert
 (= (< log!763 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!763) (< exp!3 exp!6)))
(assert
 (= (< log!763 log!313) (< exp!6 exp!4)))
(assert
 (= (< log!313 log!763) (< exp!4 exp!6)))
(assert
 (= (< log!763 log!538) (< exp!6 exp!5)))
(assert
 (= (< log!538 log!763) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!763 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!763)))
(assert
 (let ((?x480 (* 1.0 exp!2)))
(let ((?x373 (/ ?x480 exp!1)))
(let ((?x325 (+ 1.0 ?x373)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x375 (/ ?x55 exp!1)))
(let ((?x314 (+ ?x375 ?x325)))
(=> (> ?x314 0.0) (= exp!6 ?x314)))))))))
(check-sat)
(pop 1)
