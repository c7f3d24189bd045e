; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[6]', verdict proved
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
(declare-fun log!304 () Real)
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
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
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
(declare-fun log!304 () Real)
(declare-fun log!528 () Real)
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
 (let ((?x425 (+ ?x260 ?x208)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x435 (+ ?x261 ?x425)))
 (let ((?x431 (/ ?x155 exp!5)))
 (let ((?x437 (* ?x431 ?x435)))
 (let ((?x204 (/ 1.0 ?x703)))
 (let ((?x210 (- ?x204)))
 (let ((?x215 (* 0.0 ?x210)))
 (let ((?x180 (+ ?x210 ?x215)))
 (let ((?x211 (+ 1.0 ?x210)))
 (let ((?x179 (* 0.0 ?x211)))
 (let ((?x181 (+ ?x179 ?x180)))
 (let ((?x173 (* ?x181 ?x437)))
 (let ((?x348 (- ?x702)))
 (let ((?x347 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x186 (* ?x347 ?x348)))
 (let ((?x349 (/ 0.0 ?x703)))
 (let ((?x235 (+ ?x349 ?x186)))
 (let ((?x259 (- ?x235)))
 (let ((?x230 (* 0.0 ?x259)))
 (let ((?x389 (+ ?x259 ?x230)))
 (let ((?x390 (+ ?x230 ?x389)))
 (let ((?x384 (* ?x390 ?x431)))
 (let ((?x174 (+ ?x384 ?x173)))
 (let ((?x270 (+ ?x261 ?x207)))
 (let ((?x324 (+ ?x261 ?x270)))
 (let ((?x265 (/ ?x702 exp!5)))
 (let ((?x325 (* ?x265 ?x324)))
 (let ((?x182 (* ?x325 ?x181)))
 (let ((?x268 (* ?x265 ?x390)))
 (let ((?x280 (+ ?x268 ?x182)))
 (let ((?x308 (+ ?x280 ?x174)))
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
 (let ((?x378 (+ ?x254 ?x212)))
 (let ((?x312 (+ ?x378 ?x308)))
 (or (and (distinct 0.0 ?x312) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!528 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!528) (< exp!1 exp!5)))
(assert
 (= (< log!528 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!528) (< exp!2 exp!5)))
(assert
 (= (< log!528 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!528) (< exp!3 exp!5)))
(assert
 (= (< log!528 log!304) (< exp!5 exp!4)))
(assert
 (= (< log!304 log!528) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!528 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!528)))
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
(declare-fun log!304 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!528 () Real)
(declare-fun log!753 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x385 (/ ?x459 exp!1)))
 (let ((?x237 (+ 1.0 ?x385)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x493 (/ ?x55 exp!1)))
 (let ((?x233 (+ ?x493 ?x237)))
 (< 0.0 ?x233))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x385 (/ ?x459 exp!1)))
 (let ((?x237 (+ 1.0 ?x385)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x493 (/ ?x55 exp!1)))
 (let ((?x233 (+ ?x493 ?x237)))
 (let (($x407 (= 0.0 ?x233)))
 (not $x407)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x385 (/ ?x459 exp!1)))
 (let ((?x237 (+ 1.0 ?x385)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x493 (/ ?x55 exp!1)))
 (let ((?x233 (+ ?x493 ?x237)))
 (let (($x407 (= 0.0 ?x233)))
 (not $x407)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x385 (/ ?x459 exp!1)))
 (let ((?x237 (+ 1.0 ?x385)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x493 (/ ?x55 exp!1)))
 (let ((?x233 (+ ?x493 ?x237)))
 (let (($x407 (= 0.0 ?x233)))
 (not $x407)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x385 (/ ?x459 exp!1)))
 (let ((?x237 (+ 1.0 ?x385)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x493 (/ ?x55 exp!1)))
 (let ((?x233 (+ ?x493 ?x237)))
 (let (($x407 (= 0.0 ?x233)))
 (not $x407)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x385 (/ ?x459 exp!1)))
 (let ((?x237 (+ 1.0 ?x385)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x493 (/ ?x55 exp!1)))
 (let ((?x233 (+ ?x493 ?x237)))
 (let (($x407 (= 0.0 ?x233)))
 (not $x407)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x385 (/ ?x459 exp!1)))
 (let ((?x237 (+ 1.0 ?x385)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x493 (/ ?x55 exp!1)))
 (let ((?x233 (+ ?x493 ?x237)))
 (let ((?x219 (/ ?x385 ?x233)))
 (let ((?x400 (- ?x219)))
 (let ((?x668 (+ 1.0 ?x400)))
 (let ((?x194 (* 0.0 ?x668)))
 (let ((?x396 (+ ?x400 ?x194)))
 (let ((?x190 (* 0.0 ?x400)))
 (let ((?x728 (+ ?x190 ?x396)))
 (let ((?x776 (/ 1.0 exp!6)))
 (let ((?x813 (* ?x776 ?x728)))
 (let ((?x367 (/ ?x493 ?x233)))
 (let ((?x805 (- ?x367)))
 (let ((?x993 (* 0.0 ?x805)))
 (let ((?x766 (+ ?x805 ?x993)))
 (let ((?x1003 (+ 1.0 ?x805)))
 (let ((?x565 (* 0.0 ?x1003)))
 (let ((?x987 (+ ?x565 ?x766)))
 (let ((?x168 (* ?x987 ?x813)))
 (let ((?x163 (- ?x385)))
 (let ((?x169 (* ?x493 ?x163)))
 (let ((?x589 (/ 1.0 (* ?x233 ?x233))))
 (let ((?x569 (* ?x589 ?x169)))
 (let ((?x250 (/ 0.0 ?x233)))
 (let ((?x177 (+ ?x250 ?x569)))
 (let ((?x353 (- ?x177)))
 (let ((?x1007 (* 0.0 ?x353)))
 (let ((?x494 (+ ?x353 ?x1007)))
 (let ((?x167 (+ ?x1007 ?x494)))
 (let ((?x611 (* ?x167 ?x776)))
 (let ((?x598 (+ ?x611 ?x168)))
 (let ((?x621 (+ ?x190 ?x668)))
 (let ((?x159 (+ ?x190 ?x621)))
 (let ((?x996 (/ ?x385 exp!6)))
 (let ((?x329 (* ?x996 ?x159)))
 (let ((?x985 (* ?x329 ?x987)))
 (let ((?x582 (* ?x996 ?x167)))
 (let ((?x651 (+ ?x582 ?x985)))
 (let ((?x492 (+ ?x651 ?x598)))
 (let ((?x274 (+ ?x993 ?x993)))
 (let ((?x328 (+ ?x1003 ?x274)))
 (let ((?x1008 (+ ?x190 ?x194)))
 (let ((?x216 (+ ?x400 ?x1008)))
 (let ((?x430 (/ ?x493 exp!6)))
 (let ((?x359 (* ?x430 ?x216)))
 (let ((?x719 (* ?x359 ?x328)))
 (let ((?x352 (+ ?x1007 ?x1007)))
 (let ((?x997 (+ ?x353 ?x352)))
 (let ((?x293 (* ?x430 ?x997)))
 (let ((?x299 (+ ?x293 ?x719)))
 (let ((?x990 (+ ?x299 ?x492)))
 (or (and (distinct 0.0 ?x990) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!528 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!528) (< exp!1 exp!5)))
(assert
 (= (< log!528 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!528) (< exp!2 exp!5)))
(assert
 (= (< log!528 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!528) (< exp!3 exp!5)))
(assert
 (= (< log!528 log!304) (< exp!5 exp!4)))
(assert
 (= (< log!304 log!528) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!528 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!528)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!753 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!753) (< exp!1 exp!6)))
(assert
 (= (< log!753 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!753) (< exp!2 exp!6)))
(assert
 (= (< log!753 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!753) (< exp!3 exp!6)))
(assert
 (= (< log!753 log!304) (< exp!6 exp!4)))
(assert
 (= (< log!304 log!753) (< exp!4 exp!6)))
(assert
 (= (< log!753 log!528) (< exp!6 exp!5)))
(assert
 (= (< log!528 log!753) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!753 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!753)))
(assert
 (let ((?x459 (* 1.0 exp!2)))
(let ((?x385 (/ ?x459 exp!1)))
(let ((?x237 (+ 1.0 ?x385)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x493 (/ ?x55 exp!1)))
(let ((?x233 (+ ?x493 ?x237)))
(=> (> ?x233 0.0) (= exp!6 ?x233)))))))))
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
(declare-fun log!304 () Real)
(declare-fun log!528 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!753 () Real)
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
 (let ((?x425 (+ ?x260 ?x208)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x435 (+ ?x261 ?x425)))
 (let ((?x431 (/ ?x155 exp!5)))
 (let ((?x437 (* ?x431 ?x435)))
 (let ((?x204 (/ 1.0 ?x703)))
 (let ((?x210 (- ?x204)))
 (let ((?x215 (* 0.0 ?x210)))
 (let ((?x180 (+ ?x210 ?x215)))
 (let ((?x211 (+ 1.0 ?x210)))
 (let ((?x179 (* 0.0 ?x211)))
 (let ((?x181 (+ ?x179 ?x180)))
 (let ((?x173 (* ?x181 ?x437)))
 (let ((?x348 (- ?x702)))
 (let ((?x347 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x186 (* ?x347 ?x348)))
 (let ((?x349 (/ 0.0 ?x703)))
 (let ((?x235 (+ ?x349 ?x186)))
 (let ((?x259 (- ?x235)))
 (let ((?x230 (* 0.0 ?x259)))
 (let ((?x389 (+ ?x259 ?x230)))
 (let ((?x390 (+ ?x230 ?x389)))
 (let ((?x384 (* ?x390 ?x431)))
 (let ((?x174 (+ ?x384 ?x173)))
 (let ((?x270 (+ ?x261 ?x207)))
 (let ((?x324 (+ ?x261 ?x270)))
 (let ((?x265 (/ ?x702 exp!5)))
 (let ((?x325 (* ?x265 ?x324)))
 (let ((?x182 (* ?x325 ?x181)))
 (let ((?x268 (* ?x265 ?x390)))
 (let ((?x280 (+ ?x268 ?x182)))
 (let ((?x308 (+ ?x280 ?x174)))
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
 (let ((?x378 (+ ?x254 ?x212)))
 (let ((?x312 (+ ?x378 ?x308)))
 (or (and (distinct 0.0 ?x312) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!528 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!528) (< exp!1 exp!5)))
(assert
 (= (< log!528 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!528) (< exp!2 exp!5)))
(assert
 (= (< log!528 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!528) (< exp!3 exp!5)))
(assert
 (= (< log!528 log!304) (< exp!5 exp!4)))
(assert
 (= (< log!304 log!528) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!528 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!528)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!753 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!753) (< exp!1 exp!6)))
(assert
 (= (< log!753 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!753) (< exp!2 exp!6)))
(assert
 (= (< log!753 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!753) (< exp!3 exp!6)))
(assert
 (= (< log!753 log!304) (< exp!6 exp!4)))
(assert
 (= (< log!304 log!753) (< exp!4 exp!6)))
(assert
 (= (< log!753 log!528) (< exp!6 exp!5)))
(assert
 (= (< log!528 log!753) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!753 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!753)))
(assert
 (let ((?x459 (* 1.0 exp!2)))
(let ((?x385 (/ ?x459 exp!1)))
(let ((?x237 (+ 1.0 ?x385)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x493 (/ ?x55 exp!1)))
(let ((?x233 (+ ?x493 ?x237)))
(=> (> ?x233 0.0) (= exp!6 ?x233)))))))))
(check-sat)
(pop 1)
