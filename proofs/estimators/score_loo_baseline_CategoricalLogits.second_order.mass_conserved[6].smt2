; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[6]', verdict proved
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
 (let ((?x117 (/ ?x56 ?x57)))
 (let ((?x118 (- ?x117)))
 (let ((?x120 (* 0.0 ?x118)))
 (let ((?x136 (+ ?x118 ?x120)))
 (let ((?x119 (+ 1.0 ?x118)))
 (let ((?x135 (* 0.0 ?x119)))
 (let ((?x137 (+ ?x135 ?x136)))
 (let ((?x109 (/ 1.0 ?x57)))
 (let ((?x110 (- ?x109)))
 (let ((?x112 (+ 1.0 ?x110)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x144 (+ ?x110 ?x113)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x145 (+ ?x111 ?x144)))
 (let ((?x142 (/ ?x36 exp!4)))
 (let ((?x146 (* ?x142 ?x145)))
 (let ((?x147 (* ?x146 ?x137)))
 (let ((?x100 (- ?x56)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x101 (* ?x99 ?x100)))
 (let ((?x97 (/ 0.0 ?x57)))
 (let ((?x102 (+ ?x97 ?x101)))
 (let ((?x103 (- ?x102)))
 (let ((?x104 (* 0.0 ?x103)))
 (let ((?x128 (+ ?x103 ?x104)))
 (let ((?x129 (+ ?x104 ?x128)))
 (let ((?x143 (* ?x142 ?x129)))
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
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x704 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x702 (= 0.0 ?x705)))
 (not $x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x704 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x702 (= 0.0 ?x705)))
 (not $x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x704 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (< 0.0 ?x705)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x704 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x702 (= 0.0 ?x705)))
 (not $x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x704 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x702 (= 0.0 ?x705)))
 (not $x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x704 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x702 (= 0.0 ?x705)))
 (not $x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x704 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let ((?x204 (/ 1.0 ?x705)))
 (let ((?x210 (- ?x204)))
 (let ((?x215 (* 0.0 ?x210)))
 (let ((?x278 (+ ?x210 ?x215)))
 (let ((?x211 (+ 1.0 ?x210)))
 (let ((?x277 (* 0.0 ?x211)))
 (let ((?x279 (+ ?x277 ?x278)))
 (let ((?x255 (/ ?x704 ?x705)))
 (let ((?x260 (- ?x255)))
 (let ((?x207 (+ 1.0 ?x260)))
 (let ((?x208 (* 0.0 ?x207)))
 (let ((?x179 (+ ?x260 ?x208)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x180 (+ ?x261 ?x179)))
 (let ((?x326 (/ ?x155 exp!5)))
 (let ((?x181 (* ?x326 ?x180)))
 (let ((?x182 (* ?x181 ?x279)))
 (let ((?x350 (/ 1.0 (* ?x705 ?x705))))
 (let ((?x352 (- ?x704)))
 (let ((?x186 (* ?x352 ?x350)))
 (let ((?x351 (/ 0.0 ?x705)))
 (let ((?x235 (+ ?x351 ?x186)))
 (let ((?x259 (- ?x235)))
 (let ((?x230 (* 0.0 ?x259)))
 (let ((?x401 (+ ?x259 ?x230)))
 (let ((?x212 (+ ?x230 ?x401)))
 (let ((?x327 (* ?x326 ?x212)))
 (let ((?x282 (+ ?x327 ?x182)))
 (let ((?x195 (+ ?x261 ?x207)))
 (let ((?x270 (+ ?x261 ?x195)))
 (let ((?x265 (/ ?x704 exp!5)))
 (let ((?x276 (* ?x265 ?x270)))
 (let ((?x219 (* ?x276 ?x279)))
 (let ((?x268 (* ?x265 ?x212)))
 (let ((?x271 (+ ?x268 ?x219)))
 (let ((?x283 (+ ?x271 ?x282)))
 (let ((?x231 (+ ?x215 ?x215)))
 (let ((?x232 (+ ?x211 ?x231)))
 (let ((?x200 (+ ?x261 ?x208)))
 (let ((?x203 (+ ?x260 ?x200)))
 (let ((?x264 (/ 1.0 exp!5)))
 (let ((?x209 (* ?x264 ?x203)))
 (let ((?x380 (* ?x209 ?x232)))
 (let ((?x262 (+ ?x230 ?x230)))
 (let ((?x263 (+ ?x259 ?x262)))
 (let ((?x254 (* ?x264 ?x263)))
 (let ((?x402 (+ ?x254 ?x380)))
 (let ((?x173 (+ ?x402 ?x283)))
 (or (and (distinct 0.0 ?x173) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(let ((?x155 (/ ?x9 exp!3)))
(let ((?x704 (/ (* 1.0 exp!2) exp!3)))
(let ((?x687 (+ ?x704 ?x155)))
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
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x622 (/ ?x469 exp!1)))
 (let ((?x192 (+ 1.0 ?x622)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x430 ?x192)))
 (let (($x188 (= 0.0 ?x330)))
 (not $x188)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x622 (/ ?x469 exp!1)))
 (let ((?x192 (+ 1.0 ?x622)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x430 ?x192)))
 (let (($x188 (= 0.0 ?x330)))
 (not $x188)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x622 (/ ?x469 exp!1)))
 (let ((?x192 (+ 1.0 ?x622)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x430 ?x192)))
 (< 0.0 ?x330))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x622 (/ ?x469 exp!1)))
 (let ((?x192 (+ 1.0 ?x622)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x430 ?x192)))
 (let (($x188 (= 0.0 ?x330)))
 (not $x188)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x622 (/ ?x469 exp!1)))
 (let ((?x192 (+ 1.0 ?x622)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x430 ?x192)))
 (let (($x188 (= 0.0 ?x330)))
 (not $x188)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x622 (/ ?x469 exp!1)))
 (let ((?x192 (+ 1.0 ?x622)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x430 ?x192)))
 (let (($x188 (= 0.0 ?x330)))
 (not $x188)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x622 (/ ?x469 exp!1)))
 (let ((?x192 (+ 1.0 ?x622)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x430 ?x192)))
 (let ((?x229 (/ ?x430 ?x330)))
 (let ((?x505 (- ?x229)))
 (let ((?x422 (* 0.0 ?x505)))
 (let ((?x656 (+ ?x505 ?x422)))
 (let ((?x1011 (+ 1.0 ?x505)))
 (let ((?x490 (* 0.0 ?x1011)))
 (let ((?x234 (+ ?x490 ?x656)))
 (let ((?x585 (/ ?x622 ?x330)))
 (let ((?x783 (- ?x585)))
 (let ((?x366 (+ 1.0 ?x783)))
 (let ((?x639 (* 0.0 ?x366)))
 (let ((?x628 (+ ?x783 ?x639)))
 (let ((?x368 (* 0.0 ?x783)))
 (let ((?x477 (+ ?x368 ?x628)))
 (let ((?x384 (/ 1.0 exp!6)))
 (let ((?x501 (* ?x384 ?x477)))
 (let ((?x715 (* ?x501 ?x234)))
 (let ((?x360 (- ?x622)))
 (let ((?x780 (* ?x430 ?x360)))
 (let ((?x325 (/ 1.0 (* ?x330 ?x330))))
 (let ((?x241 (* ?x325 ?x780)))
 (let ((?x218 (/ 0.0 ?x330)))
 (let ((?x553 (+ ?x218 ?x241)))
 (let ((?x415 (- ?x553)))
 (let ((?x1015 (* 0.0 ?x415)))
 (let ((?x777 (+ ?x415 ?x1015)))
 (let ((?x784 (+ ?x1015 ?x777)))
 (let ((?x603 (* ?x384 ?x784)))
 (let ((?x710 (+ ?x603 ?x715)))
 (let ((?x662 (+ ?x368 ?x366)))
 (let ((?x267 (+ ?x368 ?x662)))
 (let ((?x1004 (/ ?x622 exp!6)))
 (let ((?x305 (* ?x1004 ?x267)))
 (let ((?x993 (* ?x305 ?x234)))
 (let ((?x576 (* ?x1004 ?x784)))
 (let ((?x168 (+ ?x576 ?x993)))
 (let ((?x995 (+ ?x168 ?x710)))
 (let ((?x772 (+ ?x422 ?x422)))
 (let ((?x237 (+ ?x1011 ?x772)))
 (let ((?x1016 (+ ?x368 ?x639)))
 (let ((?x381 (+ ?x783 ?x1016)))
 (let ((?x804 (/ ?x430 exp!6)))
 (let ((?x781 (* ?x804 ?x381)))
 (let ((?x423 (* ?x781 ?x237)))
 (let ((?x506 (+ ?x1015 ?x1015)))
 (let ((?x416 (+ ?x415 ?x506)))
 (let ((?x805 (* ?x804 ?x416)))
 (let ((?x266 (+ ?x805 ?x423)))
 (let ((?x998 (+ ?x266 ?x995)))
 (or (and (distinct 0.0 ?x998) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x704 (/ ?x469 exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
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
 (let ((?x469 (* 1.0 exp!2)))
(let ((?x622 (/ ?x469 exp!1)))
(let ((?x192 (+ 1.0 ?x622)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x430 (/ ?x55 exp!1)))
(let ((?x330 (+ ?x430 ?x192)))
(=> (> ?x330 0.0) (= exp!6 ?x330)))))))))
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
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x704 (/ ?x469 exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x702 (= 0.0 ?x705)))
 (not $x702)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x704 (/ ?x469 exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x702 (= 0.0 ?x705)))
 (not $x702)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x704 (/ ?x469 exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (< 0.0 ?x705))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x704 (/ ?x469 exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x702 (= 0.0 ?x705)))
 (not $x702)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x704 (/ ?x469 exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x702 (= 0.0 ?x705)))
 (not $x702)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x704 (/ ?x469 exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x702 (= 0.0 ?x705)))
 (not $x702)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x704 (/ ?x469 exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let ((?x204 (/ 1.0 ?x705)))
 (let ((?x210 (- ?x204)))
 (let ((?x215 (* 0.0 ?x210)))
 (let ((?x278 (+ ?x210 ?x215)))
 (let ((?x211 (+ 1.0 ?x210)))
 (let ((?x277 (* 0.0 ?x211)))
 (let ((?x279 (+ ?x277 ?x278)))
 (let ((?x255 (/ ?x704 ?x705)))
 (let ((?x260 (- ?x255)))
 (let ((?x207 (+ 1.0 ?x260)))
 (let ((?x208 (* 0.0 ?x207)))
 (let ((?x179 (+ ?x260 ?x208)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x180 (+ ?x261 ?x179)))
 (let ((?x326 (/ ?x155 exp!5)))
 (let ((?x181 (* ?x326 ?x180)))
 (let ((?x182 (* ?x181 ?x279)))
 (let ((?x350 (/ 1.0 (* ?x705 ?x705))))
 (let ((?x352 (- ?x704)))
 (let ((?x186 (* ?x352 ?x350)))
 (let ((?x351 (/ 0.0 ?x705)))
 (let ((?x235 (+ ?x351 ?x186)))
 (let ((?x259 (- ?x235)))
 (let ((?x230 (* 0.0 ?x259)))
 (let ((?x401 (+ ?x259 ?x230)))
 (let ((?x212 (+ ?x230 ?x401)))
 (let ((?x327 (* ?x326 ?x212)))
 (let ((?x282 (+ ?x327 ?x182)))
 (let ((?x195 (+ ?x261 ?x207)))
 (let ((?x270 (+ ?x261 ?x195)))
 (let ((?x265 (/ ?x704 exp!5)))
 (let ((?x276 (* ?x265 ?x270)))
 (let ((?x219 (* ?x276 ?x279)))
 (let ((?x268 (* ?x265 ?x212)))
 (let ((?x271 (+ ?x268 ?x219)))
 (let ((?x283 (+ ?x271 ?x282)))
 (let ((?x231 (+ ?x215 ?x215)))
 (let ((?x232 (+ ?x211 ?x231)))
 (let ((?x200 (+ ?x261 ?x208)))
 (let ((?x203 (+ ?x260 ?x200)))
 (let ((?x264 (/ 1.0 exp!5)))
 (let ((?x209 (* ?x264 ?x203)))
 (let ((?x380 (* ?x209 ?x232)))
 (let ((?x262 (+ ?x230 ?x230)))
 (let ((?x263 (+ ?x259 ?x262)))
 (let ((?x254 (* ?x264 ?x263)))
 (let ((?x402 (+ ?x254 ?x380)))
 (let ((?x173 (+ ?x402 ?x283)))
 (or (and (distinct 0.0 ?x173) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x704 (/ ?x469 exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
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
 (let ((?x469 (* 1.0 exp!2)))
(let ((?x622 (/ ?x469 exp!1)))
(let ((?x192 (+ 1.0 ?x622)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x430 (/ ?x55 exp!1)))
(let ((?x330 (+ ?x430 ?x192)))
(=> (> ?x330 0.0) (= exp!6 ?x330)))))))))
(check-sat)
(pop 1)
