; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[6]', verdict proved
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
(declare-fun log!312 () Real)
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
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
(declare-fun log!312 () Real)
(declare-fun log!537 () Real)
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
 (let ((?x203 (/ 1.0 ?x705)))
 (let ((?x209 (- ?x203)))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x212 (+ ?x209 ?x210)))
 (let ((?x204 (+ 1.0 ?x209)))
 (let ((?x399 (* 0.0 ?x204)))
 (let ((?x265 (+ ?x399 ?x212)))
 (let ((?x264 (/ ?x704 ?x705)))
 (let ((?x254 (- ?x264)))
 (let ((?x260 (+ 1.0 ?x254)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x279 (+ ?x254 ?x261)))
 (let ((?x255 (* 0.0 ?x254)))
 (let ((?x219 (+ ?x255 ?x279)))
 (let ((?x277 (/ ?x155 exp!5)))
 (let ((?x271 (* ?x277 ?x219)))
 (let ((?x272 (* ?x271 ?x265)))
 (let ((?x352 (/ 1.0 (* ?x705 ?x705))))
 (let ((?x341 (- ?x704)))
 (let ((?x349 (* ?x341 ?x352)))
 (let ((?x340 (/ 0.0 ?x705)))
 (let ((?x350 (+ ?x340 ?x349)))
 (let ((?x186 (- ?x350)))
 (let ((?x235 (* 0.0 ?x186)))
 (let ((?x379 (+ ?x186 ?x235)))
 (let ((?x231 (+ ?x235 ?x379)))
 (let ((?x278 (* ?x277 ?x231)))
 (let ((?x273 (+ ?x278 ?x272)))
 (let ((?x386 (+ ?x255 ?x260)))
 (let ((?x387 (+ ?x255 ?x386)))
 (let ((?x232 (/ ?x704 exp!5)))
 (let ((?x397 (* ?x232 ?x387)))
 (let ((?x268 (* ?x397 ?x265)))
 (let ((?x393 (* ?x232 ?x231)))
 (let ((?x195 (+ ?x393 ?x268)))
 (let ((?x326 (+ ?x195 ?x273)))
 (let ((?x211 (+ ?x210 ?x210)))
 (let ((?x215 (+ ?x204 ?x211)))
 (let ((?x207 (+ ?x255 ?x261)))
 (let ((?x208 (+ ?x254 ?x207)))
 (let ((?x262 (/ 1.0 exp!5)))
 (let ((?x200 (* ?x262 ?x208)))
 (let ((?x380 (* ?x200 ?x215)))
 (let ((?x259 (+ ?x235 ?x235)))
 (let ((?x230 (+ ?x186 ?x259)))
 (let ((?x263 (* ?x262 ?x230)))
 (let ((?x381 (+ ?x263 ?x380)))
 (let ((?x327 (+ ?x381 ?x326)))
 (or (and (distinct 0.0 ?x327) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!537 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!537) (< exp!1 exp!5)))
(assert
 (= (< log!537 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!537) (< exp!2 exp!5)))
(assert
 (= (< log!537 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!537) (< exp!3 exp!5)))
(assert
 (= (< log!537 log!312) (< exp!5 exp!4)))
(assert
 (= (< log!312 log!537) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!537 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!537)))
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
(declare-fun log!312 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!537 () Real)
(declare-fun log!762 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x416 (/ ?x469 exp!1)))
 (let ((?x188 (+ 1.0 ?x416)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x537 (/ ?x55 exp!1)))
 (let ((?x303 (+ ?x537 ?x188)))
 (let (($x336 (= 0.0 ?x303)))
 (not $x336)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x416 (/ ?x469 exp!1)))
 (let ((?x188 (+ 1.0 ?x416)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x537 (/ ?x55 exp!1)))
 (let ((?x303 (+ ?x537 ?x188)))
 (let (($x336 (= 0.0 ?x303)))
 (not $x336)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x416 (/ ?x469 exp!1)))
 (let ((?x188 (+ 1.0 ?x416)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x537 (/ ?x55 exp!1)))
 (let ((?x303 (+ ?x537 ?x188)))
 (< 0.0 ?x303))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x416 (/ ?x469 exp!1)))
 (let ((?x188 (+ 1.0 ?x416)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x537 (/ ?x55 exp!1)))
 (let ((?x303 (+ ?x537 ?x188)))
 (let (($x336 (= 0.0 ?x303)))
 (not $x336)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x416 (/ ?x469 exp!1)))
 (let ((?x188 (+ 1.0 ?x416)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x537 (/ ?x55 exp!1)))
 (let ((?x303 (+ ?x537 ?x188)))
 (let (($x336 (= 0.0 ?x303)))
 (not $x336)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x416 (/ ?x469 exp!1)))
 (let ((?x188 (+ 1.0 ?x416)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x537 (/ ?x55 exp!1)))
 (let ((?x303 (+ ?x537 ?x188)))
 (let (($x336 (= 0.0 ?x303)))
 (not $x336)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x416 (/ ?x469 exp!1)))
 (let ((?x188 (+ 1.0 ?x416)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x537 (/ ?x55 exp!1)))
 (let ((?x303 (+ ?x537 ?x188)))
 (let ((?x434 (/ ?x537 ?x303)))
 (let ((?x608 (- ?x434)))
 (let ((?x732 (* 0.0 ?x608)))
 (let ((?x824 (+ ?x608 ?x732)))
 (let ((?x1004 (+ 1.0 ?x608)))
 (let ((?x227 (* 0.0 ?x1004)))
 (let ((?x480 (+ ?x227 ?x824)))
 (let ((?x759 (/ ?x416 ?x303)))
 (let ((?x776 (- ?x759)))
 (let ((?x567 (+ 1.0 ?x776)))
 (let ((?x228 (* 0.0 ?x567)))
 (let ((?x808 (+ ?x776 ?x228)))
 (let ((?x344 (* 0.0 ?x776)))
 (let ((?x494 (+ ?x344 ?x808)))
 (let ((?x771 (/ 1.0 exp!6)))
 (let ((?x267 (* ?x771 ?x494)))
 (let ((?x765 (* ?x267 ?x480)))
 (let ((?x604 (- ?x416)))
 (let ((?x369 (* ?x537 ?x604)))
 (let ((?x401 (/ 1.0 (* ?x303 ?x303))))
 (let ((?x458 (* ?x401 ?x369)))
 (let ((?x224 (/ 0.0 ?x303)))
 (let ((?x802 (+ ?x224 ?x458)))
 (let ((?x645 (- ?x802)))
 (let ((?x1008 (* 0.0 ?x645)))
 (let ((?x236 (+ ?x645 ?x1008)))
 (let ((?x253 (+ ?x1008 ?x236)))
 (let ((?x610 (* ?x771 ?x253)))
 (let ((?x602 (+ ?x610 ?x765)))
 (let ((?x531 (+ ?x344 ?x567)))
 (let ((?x404 (+ ?x344 ?x531)))
 (let ((?x997 (/ ?x416 exp!6)))
 (let ((?x376 (* ?x997 ?x404)))
 (let ((?x986 (* ?x376 ?x480)))
 (let ((?x708 (* ?x997 ?x253)))
 (let ((?x329 (+ ?x708 ?x986)))
 (let ((?x667 (+ ?x329 ?x602)))
 (let ((?x749 (+ ?x732 ?x732)))
 (let ((?x420 (+ ?x1004 ?x749)))
 (let ((?x1009 (+ ?x344 ?x228)))
 (let ((?x311 (+ ?x776 ?x1009)))
 (let ((?x493 (/ ?x537 exp!6)))
 (let ((?x751 (* ?x493 ?x311)))
 (let ((?x167 (* ?x751 ?x420)))
 (let ((?x330 (+ ?x1008 ?x1008)))
 (let ((?x413 (+ ?x645 ?x330)))
 (let ((?x674 (* ?x493 ?x413)))
 (let ((?x418 (+ ?x674 ?x167)))
 (let ((?x991 (+ ?x418 ?x667)))
 (or (and (distinct 0.0 ?x991) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!537 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!537) (< exp!1 exp!5)))
(assert
 (= (< log!537 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!537) (< exp!2 exp!5)))
(assert
 (= (< log!537 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!537) (< exp!3 exp!5)))
(assert
 (= (< log!537 log!312) (< exp!5 exp!4)))
(assert
 (= (< log!312 log!537) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!537 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!537)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x704 (/ ?x469 exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
(assert
 (= (< log!762 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!762) (< exp!1 exp!6)))
(assert
 (= (< log!762 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!762) (< exp!2 exp!6)))
(assert
 (= (< log!762 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!762) (< exp!3 exp!6)))
(assert
 (= (< log!762 log!312) (< exp!6 exp!4)))
(assert
 (= (< log!312 log!762) (< exp!4 exp!6)))
(assert
 (= (< log!762 log!537) (< exp!6 exp!5)))
(assert
 (= (< log!537 log!762) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!762 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!762)))
(assert
 (let ((?x469 (* 1.0 exp!2)))
(let ((?x416 (/ ?x469 exp!1)))
(let ((?x188 (+ 1.0 ?x416)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x537 (/ ?x55 exp!1)))
(let ((?x303 (+ ?x537 ?x188)))
(=> (> ?x303 0.0) (= exp!6 ?x303)))))))))
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
(declare-fun log!312 () Real)
(declare-fun log!537 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!762 () Real)
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
 (let ((?x203 (/ 1.0 ?x705)))
 (let ((?x209 (- ?x203)))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x212 (+ ?x209 ?x210)))
 (let ((?x204 (+ 1.0 ?x209)))
 (let ((?x399 (* 0.0 ?x204)))
 (let ((?x265 (+ ?x399 ?x212)))
 (let ((?x264 (/ ?x704 ?x705)))
 (let ((?x254 (- ?x264)))
 (let ((?x260 (+ 1.0 ?x254)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x279 (+ ?x254 ?x261)))
 (let ((?x255 (* 0.0 ?x254)))
 (let ((?x219 (+ ?x255 ?x279)))
 (let ((?x277 (/ ?x155 exp!5)))
 (let ((?x271 (* ?x277 ?x219)))
 (let ((?x272 (* ?x271 ?x265)))
 (let ((?x352 (/ 1.0 (* ?x705 ?x705))))
 (let ((?x341 (- ?x704)))
 (let ((?x349 (* ?x341 ?x352)))
 (let ((?x340 (/ 0.0 ?x705)))
 (let ((?x350 (+ ?x340 ?x349)))
 (let ((?x186 (- ?x350)))
 (let ((?x235 (* 0.0 ?x186)))
 (let ((?x379 (+ ?x186 ?x235)))
 (let ((?x231 (+ ?x235 ?x379)))
 (let ((?x278 (* ?x277 ?x231)))
 (let ((?x273 (+ ?x278 ?x272)))
 (let ((?x386 (+ ?x255 ?x260)))
 (let ((?x387 (+ ?x255 ?x386)))
 (let ((?x232 (/ ?x704 exp!5)))
 (let ((?x397 (* ?x232 ?x387)))
 (let ((?x268 (* ?x397 ?x265)))
 (let ((?x393 (* ?x232 ?x231)))
 (let ((?x195 (+ ?x393 ?x268)))
 (let ((?x326 (+ ?x195 ?x273)))
 (let ((?x211 (+ ?x210 ?x210)))
 (let ((?x215 (+ ?x204 ?x211)))
 (let ((?x207 (+ ?x255 ?x261)))
 (let ((?x208 (+ ?x254 ?x207)))
 (let ((?x262 (/ 1.0 exp!5)))
 (let ((?x200 (* ?x262 ?x208)))
 (let ((?x380 (* ?x200 ?x215)))
 (let ((?x259 (+ ?x235 ?x235)))
 (let ((?x230 (+ ?x186 ?x259)))
 (let ((?x263 (* ?x262 ?x230)))
 (let ((?x381 (+ ?x263 ?x380)))
 (let ((?x327 (+ ?x381 ?x326)))
 (or (and (distinct 0.0 ?x327) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!537 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!537) (< exp!1 exp!5)))
(assert
 (= (< log!537 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!537) (< exp!2 exp!5)))
(assert
 (= (< log!537 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!537) (< exp!3 exp!5)))
(assert
 (= (< log!537 log!312) (< exp!5 exp!4)))
(assert
 (= (< log!312 log!537) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!537 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!537)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x704 (/ ?x469 exp!3)))
 (let ((?x687 (+ ?x704 ?x155)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
(assert
 (= (< log!762 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!762) (< exp!1 exp!6)))
(assert
 (= (< log!762 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!762) (< exp!2 exp!6)))
(assert
 (= (< log!762 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!762) (< exp!3 exp!6)))
(assert
 (= (< log!762 log!312) (< exp!6 exp!4)))
(assert
 (= (< log!312 log!762) (< exp!4 exp!6)))
(assert
 (= (< log!762 log!537) (< exp!6 exp!5)))
(assert
 (= (< log!537 log!762) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!762 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!762)))
(assert
 (let ((?x469 (* 1.0 exp!2)))
(let ((?x416 (/ ?x469 exp!1)))
(let ((?x188 (+ 1.0 ?x416)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x537 (/ ?x55 exp!1)))
(let ((?x303 (+ ?x537 ?x188)))
(=> (> ?x303 0.0) (= exp!6 ?x303)))))))))
(check-sat)
(pop 1)
