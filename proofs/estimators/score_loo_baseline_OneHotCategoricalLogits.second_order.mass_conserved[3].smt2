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
 (let ((?x309 (+ ?x282 ?x284)))
 (let ((?x313 (+ ?x284 ?x309)))
 (let ((?x240 (/ ?x698 ?x703)))
 (let ((?x379 (- ?x240)))
 (let ((?x392 (+ 1.0 ?x379)))
 (let ((?x393 (* 0.0 ?x392)))
 (let ((?x438 (+ ?x379 ?x393)))
 (let ((?x380 (* 0.0 ?x379)))
 (let ((?x175 (+ ?x380 ?x438)))
 (let ((?x426 (/ ?x157 exp!5)))
 (let ((?x176 (* ?x426 ?x175)))
 (let ((?x314 (* ?x176 ?x313)))
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
 (let ((?x436 (* ?x218 ?x426)))
 (let ((?x315 (+ ?x436 ?x314)))
 (let ((?x283 (* 0.0 ?x282)))
 (let ((?x184 (+ ?x281 ?x283)))
 (let ((?x278 (+ ?x284 ?x184)))
 (let ((?x181 (+ ?x380 ?x392)))
 (let ((?x182 (+ ?x380 ?x181)))
 (let ((?x325 (/ ?x698 exp!5)))
 (let ((?x183 (* ?x325 ?x182)))
 (let ((?x279 (* ?x183 ?x278)))
 (let ((?x326 (* ?x325 ?x218)))
 (let ((?x421 (+ ?x326 ?x279)))
 (let ((?x317 (+ ?x421 ?x315)))
 (let ((?x209 (+ ?x283 ?x284)))
 (let ((?x210 (+ ?x281 ?x209)))
 (let ((?x390 (+ ?x380 ?x393)))
 (let ((?x391 (+ ?x379 ?x390)))
 (let ((?x234 (/ 1.0 exp!5)))
 (let ((?x268 (* ?x234 ?x391)))
 (let ((?x202 (* ?x268 ?x210)))
 (let ((?x232 (+ ?x205 ?x205)))
 (let ((?x233 (+ ?x349 ?x232)))
 (let ((?x196 (* ?x234 ?x233)))
 (let ((?x211 (+ ?x196 ?x202)))
 (let ((?x257 (+ ?x211 ?x317)))
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
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x788 (/ ?x462 exp!1)))
 (let ((?x267 (+ 1.0 ?x788)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x449 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x449 ?x267)))
 (< 0.0 ?x297))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x788 (/ ?x462 exp!1)))
 (let ((?x267 (+ 1.0 ?x788)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x449 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x449 ?x267)))
 (let (($x444 (= 0.0 ?x297)))
 (not $x444)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x788 (/ ?x462 exp!1)))
 (let ((?x267 (+ 1.0 ?x788)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x449 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x449 ?x267)))
 (let (($x444 (= 0.0 ?x297)))
 (not $x444)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x788 (/ ?x462 exp!1)))
 (let ((?x267 (+ 1.0 ?x788)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x449 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x449 ?x267)))
 (let (($x444 (= 0.0 ?x297)))
 (not $x444)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x788 (/ ?x462 exp!1)))
 (let ((?x267 (+ 1.0 ?x788)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x449 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x449 ?x267)))
 (let (($x444 (= 0.0 ?x297)))
 (not $x444)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x788 (/ ?x462 exp!1)))
 (let ((?x267 (+ 1.0 ?x788)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x449 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x449 ?x267)))
 (let (($x444 (= 0.0 ?x297)))
 (not $x444)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x788 (/ ?x462 exp!1)))
 (let ((?x267 (+ 1.0 ?x788)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x449 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x449 ?x267)))
 (let ((?x748 (/ 1.0 ?x297)))
 (let ((?x337 (- ?x748)))
 (let ((?x1008 (* 0.0 ?x337)))
 (let ((?x719 (+ 1.0 ?x337)))
 (let ((?x476 (+ ?x719 ?x1008)))
 (let ((?x236 (+ ?x1008 ?x476)))
 (let ((?x167 (/ ?x788 ?x297)))
 (let ((?x794 (- ?x167)))
 (let ((?x365 (+ 1.0 ?x794)))
 (let ((?x298 (* 0.0 ?x365)))
 (let ((?x1012 (+ ?x794 ?x298)))
 (let ((?x734 (* 0.0 ?x794)))
 (let ((?x556 (+ ?x734 ?x1012)))
 (let ((?x389 (/ 1.0 exp!6)))
 (let ((?x245 (* ?x389 ?x556)))
 (let ((?x509 (* ?x245 ?x236)))
 (let ((?x723 (- ?x788)))
 (let ((?x180 (/ 1.0 (* ?x297 ?x297))))
 (let ((?x235 (* ?x180 ?x723)))
 (let ((?x376 (/ 0.0 ?x297)))
 (let ((?x242 (+ ?x376 ?x235)))
 (let ((?x166 (- ?x242)))
 (let ((?x407 (* 0.0 ?x166)))
 (let ((?x417 (+ ?x166 ?x407)))
 (let ((?x437 (+ ?x407 ?x417)))
 (let ((?x387 (* ?x437 ?x389)))
 (let ((?x228 (+ ?x387 ?x509)))
 (let ((?x1011 (* 0.0 ?x719)))
 (let ((?x378 (+ ?x337 ?x1011)))
 (let ((?x1005 (+ ?x1008 ?x378)))
 (let ((?x793 (+ ?x734 ?x365)))
 (let ((?x243 (+ ?x734 ?x793)))
 (let ((?x1014 (/ ?x788 exp!6)))
 (let ((?x229 (* ?x1014 ?x243)))
 (let ((?x1002 (* ?x229 ?x1005)))
 (let ((?x555 (* ?x1014 ?x437)))
 (let ((?x617 (+ ?x555 ?x1002)))
 (let ((?x1015 (+ ?x617 ?x228)))
 (let ((?x443 (+ ?x1011 ?x1008)))
 (let ((?x248 (+ ?x337 ?x443)))
 (let ((?x645 (+ ?x734 ?x298)))
 (let ((?x1023 (+ ?x794 ?x645)))
 (let ((?x706 (/ ?x449 exp!6)))
 (let ((?x388 (* ?x706 ?x1023)))
 (let ((?x632 (* ?x388 ?x248)))
 (let ((?x1022 (+ ?x407 ?x407)))
 (let ((?x418 (+ ?x166 ?x1022)))
 (let ((?x227 (* ?x706 ?x418)))
 (let ((?x531 (+ ?x227 ?x632)))
 (let ((?x285 (+ ?x531 ?x1015)))
 (or (and (distinct 0.0 ?x285) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
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
 (let ((?x462 (* 1.0 exp!2)))
(let ((?x788 (/ ?x462 exp!1)))
(let ((?x267 (+ 1.0 ?x788)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x449 (/ ?x55 exp!1)))
(let ((?x297 (+ ?x449 ?x267)))
(=> (> ?x297 0.0) (= exp!6 ?x297)))))))))
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
 (let ((?x309 (+ ?x282 ?x284)))
 (let ((?x313 (+ ?x284 ?x309)))
 (let ((?x240 (/ ?x698 ?x703)))
 (let ((?x379 (- ?x240)))
 (let ((?x392 (+ 1.0 ?x379)))
 (let ((?x393 (* 0.0 ?x392)))
 (let ((?x438 (+ ?x379 ?x393)))
 (let ((?x380 (* 0.0 ?x379)))
 (let ((?x175 (+ ?x380 ?x438)))
 (let ((?x426 (/ ?x157 exp!5)))
 (let ((?x176 (* ?x426 ?x175)))
 (let ((?x314 (* ?x176 ?x313)))
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
 (let ((?x436 (* ?x218 ?x426)))
 (let ((?x315 (+ ?x436 ?x314)))
 (let ((?x283 (* 0.0 ?x282)))
 (let ((?x184 (+ ?x281 ?x283)))
 (let ((?x278 (+ ?x284 ?x184)))
 (let ((?x181 (+ ?x380 ?x392)))
 (let ((?x182 (+ ?x380 ?x181)))
 (let ((?x325 (/ ?x698 exp!5)))
 (let ((?x183 (* ?x325 ?x182)))
 (let ((?x279 (* ?x183 ?x278)))
 (let ((?x326 (* ?x325 ?x218)))
 (let ((?x421 (+ ?x326 ?x279)))
 (let ((?x317 (+ ?x421 ?x315)))
 (let ((?x209 (+ ?x283 ?x284)))
 (let ((?x210 (+ ?x281 ?x209)))
 (let ((?x390 (+ ?x380 ?x393)))
 (let ((?x391 (+ ?x379 ?x390)))
 (let ((?x234 (/ 1.0 exp!5)))
 (let ((?x268 (* ?x234 ?x391)))
 (let ((?x202 (* ?x268 ?x210)))
 (let ((?x232 (+ ?x205 ?x205)))
 (let ((?x233 (+ ?x349 ?x232)))
 (let ((?x196 (* ?x234 ?x233)))
 (let ((?x211 (+ ?x196 ?x202)))
 (let ((?x257 (+ ?x211 ?x317)))
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
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
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
 (let ((?x462 (* 1.0 exp!2)))
(let ((?x788 (/ ?x462 exp!1)))
(let ((?x267 (+ 1.0 ?x788)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x449 (/ ?x55 exp!1)))
(let ((?x297 (+ ?x449 ?x267)))
(=> (> ?x297 0.0) (= exp!6 ?x297)))))))))
(check-sat)
(pop 1)
