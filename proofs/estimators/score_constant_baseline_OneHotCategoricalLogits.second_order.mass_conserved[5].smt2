; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[5]', verdict unproved
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
(declare-fun log!414 () Real)
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
 (let ((?x143 (/ ?x36 exp!4)))
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
 (let ((?x147 (* ?x137 ?x143)))
 (let ((?x110 (/ ?x36 ?x57)))
 (let ((?x111 (- ?x110)))
 (let ((?x114 (* 0.0 ?x111)))
 (let ((?x112 (+ 1.0 ?x111)))
 (let ((?x145 (+ ?x112 ?x114)))
 (let ((?x146 (+ ?x114 ?x145)))
 (let ((?x148 (* ?x146 ?x147)))
 (let ((?x100 (- ?x56)))
 (let ((?x101 (* ?x36 ?x100)))
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
 (let ((?x131 (/ 1.0 exp!4)))
 (let ((?x138 (* ?x131 ?x137)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x133 (+ ?x111 ?x113)))
 (let ((?x134 (+ ?x114 ?x133)))
 (let ((?x139 (* ?x134 ?x138)))
 (let ((?x132 (* ?x131 ?x130)))
 (let ((?x140 (+ ?x132 ?x139)))
 (let ((?x150 (+ ?x140 ?x149)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x108 (/ ?x56 exp!4)))
 (let ((?x123 (* ?x108 ?x122)))
 (let ((?x115 (+ ?x113 ?x114)))
 (let ((?x116 (+ ?x111 ?x115)))
 (let ((?x124 (* ?x116 ?x123)))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
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
(declare-fun log!414 () Real)
(declare-fun log!638 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (< 0.0 ?x705)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x530 (= 0.0 ?x705)))
 (not $x530))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x530 (= 0.0 ?x705)))
 (not $x530))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x530 (= 0.0 ?x705)))
 (not $x530))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x530 (= 0.0 ?x705)))
 (not $x530))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x530 (= 0.0 ?x705)))
 (not $x530))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x182 (/ ?x156 exp!5)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let ((?x202 (/ 1.0 ?x705)))
 (let ((?x214 (- ?x202)))
 (let ((?x193 (* 0.0 ?x214)))
 (let ((?x217 (+ ?x214 ?x193)))
 (let ((?x190 (+ 1.0 ?x214)))
 (let ((?x216 (* 0.0 ?x190)))
 (let ((?x213 (+ ?x216 ?x217)))
 (let ((?x307 (* ?x213 ?x182)))
 (let ((?x257 (/ ?x156 ?x705)))
 (let ((?x222 (- ?x257)))
 (let ((?x252 (* 0.0 ?x222)))
 (let ((?x251 (+ 1.0 ?x222)))
 (let ((?x174 (+ ?x251 ?x252)))
 (let ((?x175 (+ ?x252 ?x174)))
 (let ((?x311 (* ?x175 ?x307)))
 (let ((?x208 (- ?x156)))
 (let ((?x255 (/ 1.0 (* ?x705 ?x705))))
 (let ((?x209 (* ?x255 ?x208)))
 (let ((?x196 (/ 0.0 ?x705)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x271 (+ ?x204 ?x210)))
 (let ((?x261 (+ ?x210 ?x271)))
 (let ((?x183 (* ?x261 ?x182)))
 (let ((?x312 (+ ?x183 ?x311)))
 (let ((?x262 (/ ?x698 exp!5)))
 (let ((?x272 (* ?x262 ?x213)))
 (let ((?x218 (* 0.0 ?x251)))
 (let ((?x219 (+ ?x222 ?x218)))
 (let ((?x220 (+ ?x252 ?x219)))
 (let ((?x323 (* ?x220 ?x272)))
 (let ((?x225 (* ?x262 ?x261)))
 (let ((?x324 (+ ?x225 ?x323)))
 (let ((?x313 (+ ?x324 ?x312)))
 (let ((?x337 (+ ?x193 ?x193)))
 (let ((?x338 (+ ?x190 ?x337)))
 (let ((?x212 (/ 1.0 exp!5)))
 (let ((?x348 (* ?x212 ?x338)))
 (let ((?x253 (+ ?x218 ?x252)))
 (let ((?x215 (+ ?x222 ?x253)))
 (let ((?x349 (* ?x215 ?x348)))
 (let ((?x205 (+ ?x210 ?x210)))
 (let ((?x211 (+ ?x204 ?x205)))
 (let ((?x256 (* ?x212 ?x211)))
 (let ((?x346 (+ ?x256 ?x349)))
 (let ((?x315 (+ ?x346 ?x313)))
 (or (and (distinct 0.0 ?x315) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x156 (/ ?x9 exp!3)))
(let ((?x698 (/ (* 1.0 exp!2) exp!3)))
(let ((?x687 (+ ?x698 ?x156)))
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
(declare-fun log!414 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!638 () Real)
(declare-fun log!863 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x576 (/ ?x464 exp!1)))
 (let ((?x381 (+ 1.0 ?x576)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x980 (/ ?x55 exp!1)))
 (let ((?x260 (+ ?x980 ?x381)))
 (< 0.0 ?x260))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x576 (/ ?x464 exp!1)))
 (let ((?x381 (+ 1.0 ?x576)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x980 (/ ?x55 exp!1)))
 (let ((?x260 (+ ?x980 ?x381)))
 (let (($x437 (= 0.0 ?x260)))
 (not $x437)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x576 (/ ?x464 exp!1)))
 (let ((?x381 (+ 1.0 ?x576)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x980 (/ ?x55 exp!1)))
 (let ((?x260 (+ ?x980 ?x381)))
 (let (($x437 (= 0.0 ?x260)))
 (not $x437)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x576 (/ ?x464 exp!1)))
 (let ((?x381 (+ 1.0 ?x576)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x980 (/ ?x55 exp!1)))
 (let ((?x260 (+ ?x980 ?x381)))
 (let (($x437 (= 0.0 ?x260)))
 (not $x437)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x576 (/ ?x464 exp!1)))
 (let ((?x381 (+ 1.0 ?x576)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x980 (/ ?x55 exp!1)))
 (let ((?x260 (+ ?x980 ?x381)))
 (let (($x437 (= 0.0 ?x260)))
 (not $x437)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x576 (/ ?x464 exp!1)))
 (let ((?x381 (+ 1.0 ?x576)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x980 (/ ?x55 exp!1)))
 (let ((?x260 (+ ?x980 ?x381)))
 (let (($x437 (= 0.0 ?x260)))
 (not $x437)))))))))
(assert
 (let ((?x396 (/ 1.0 exp!6)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x576 (/ ?x464 exp!1)))
 (let ((?x381 (+ 1.0 ?x576)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x980 (/ ?x55 exp!1)))
 (let ((?x260 (+ ?x980 ?x381)))
 (let ((?x281 (/ ?x980 ?x260)))
 (let ((?x292 (- ?x281)))
 (let ((?x655 (* 0.0 ?x292)))
 (let ((?x415 (+ ?x292 ?x655)))
 (let ((?x663 (+ 1.0 ?x292)))
 (let ((?x320 (* 0.0 ?x663)))
 (let ((?x372 (+ ?x320 ?x415)))
 (let ((?x678 (* ?x372 ?x396)))
 (let ((?x162 (/ 1.0 ?x260)))
 (let ((?x412 (- ?x162)))
 (let ((?x759 (* 0.0 ?x412)))
 (let ((?x294 (+ 1.0 ?x412)))
 (let ((?x627 (+ ?x294 ?x759)))
 (let ((?x994 (+ ?x759 ?x627)))
 (let ((?x554 (* ?x994 ?x678)))
 (let ((?x998 (- ?x980)))
 (let ((?x582 (/ 1.0 (* ?x260 ?x260))))
 (let ((?x303 (* ?x582 ?x998)))
 (let ((?x398 (/ 0.0 ?x260)))
 (let ((?x276 (+ ?x398 ?x303)))
 (let ((?x160 (- ?x276)))
 (let ((?x289 (* 0.0 ?x160)))
 (let ((?x237 (+ ?x160 ?x289)))
 (let ((?x384 (+ ?x289 ?x237)))
 (let ((?x203 (* ?x384 ?x396)))
 (let ((?x472 (+ ?x203 ?x554)))
 (let ((?x421 (/ ?x576 exp!6)))
 (let ((?x726 (* ?x421 ?x372)))
 (let ((?x296 (* 0.0 ?x294)))
 (let ((?x465 (+ ?x412 ?x296)))
 (let ((?x814 (+ ?x759 ?x465)))
 (let ((?x206 (* ?x814 ?x726)))
 (let ((?x1002 (* ?x421 ?x384)))
 (let ((?x986 (+ ?x1002 ?x206)))
 (let ((?x598 (+ ?x986 ?x472)))
 (let ((?x997 (+ ?x655 ?x655)))
 (let ((?x595 (+ ?x663 ?x997)))
 (let ((?x290 (/ ?x980 exp!6)))
 (let ((?x284 (* ?x290 ?x595)))
 (let ((?x400 (+ ?x296 ?x759)))
 (let ((?x1009 (+ ?x412 ?x400)))
 (let ((?x403 (* ?x1009 ?x284)))
 (let ((?x1008 (+ ?x289 ?x289)))
 (let ((?x727 (+ ?x160 ?x1008)))
 (let ((?x457 (* ?x290 ?x727)))
 (let ((?x1012 (+ ?x457 ?x403)))
 (let ((?x988 (+ ?x1012 ?x598)))
 (or (and (distinct 0.0 ?x988) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
(assert
 (= (< log!863 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!863) (< exp!1 exp!6)))
(assert
 (= (< log!863 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!863) (< exp!2 exp!6)))
(assert
 (= (< log!863 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!863) (< exp!3 exp!6)))
(assert
 (= (< log!863 log!414) (< exp!6 exp!4)))
(assert
 (= (< log!414 log!863) (< exp!4 exp!6)))
(assert
 (= (< log!863 log!638) (< exp!6 exp!5)))
(assert
 (= (< log!638 log!863) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!863 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!863)))
(assert
 (let ((?x464 (* 1.0 exp!2)))
(let ((?x576 (/ ?x464 exp!1)))
(let ((?x381 (+ 1.0 ?x576)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x980 (/ ?x55 exp!1)))
(let ((?x260 (+ ?x980 ?x381)))
(=> (> ?x260 0.0) (= exp!6 ?x260)))))))))
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
(declare-fun log!414 () Real)
(declare-fun log!638 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!863 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (< 0.0 ?x705))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x530 (= 0.0 ?x705)))
 (not $x530)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x530 (= 0.0 ?x705)))
 (not $x530)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x530 (= 0.0 ?x705)))
 (not $x530)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x530 (= 0.0 ?x705)))
 (not $x530)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x530 (= 0.0 ?x705)))
 (not $x530)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x182 (/ ?x156 exp!5)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let ((?x202 (/ 1.0 ?x705)))
 (let ((?x214 (- ?x202)))
 (let ((?x193 (* 0.0 ?x214)))
 (let ((?x217 (+ ?x214 ?x193)))
 (let ((?x190 (+ 1.0 ?x214)))
 (let ((?x216 (* 0.0 ?x190)))
 (let ((?x213 (+ ?x216 ?x217)))
 (let ((?x307 (* ?x213 ?x182)))
 (let ((?x257 (/ ?x156 ?x705)))
 (let ((?x222 (- ?x257)))
 (let ((?x252 (* 0.0 ?x222)))
 (let ((?x251 (+ 1.0 ?x222)))
 (let ((?x174 (+ ?x251 ?x252)))
 (let ((?x175 (+ ?x252 ?x174)))
 (let ((?x311 (* ?x175 ?x307)))
 (let ((?x208 (- ?x156)))
 (let ((?x255 (/ 1.0 (* ?x705 ?x705))))
 (let ((?x209 (* ?x255 ?x208)))
 (let ((?x196 (/ 0.0 ?x705)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x271 (+ ?x204 ?x210)))
 (let ((?x261 (+ ?x210 ?x271)))
 (let ((?x183 (* ?x261 ?x182)))
 (let ((?x312 (+ ?x183 ?x311)))
 (let ((?x262 (/ ?x698 exp!5)))
 (let ((?x272 (* ?x262 ?x213)))
 (let ((?x218 (* 0.0 ?x251)))
 (let ((?x219 (+ ?x222 ?x218)))
 (let ((?x220 (+ ?x252 ?x219)))
 (let ((?x323 (* ?x220 ?x272)))
 (let ((?x225 (* ?x262 ?x261)))
 (let ((?x324 (+ ?x225 ?x323)))
 (let ((?x313 (+ ?x324 ?x312)))
 (let ((?x337 (+ ?x193 ?x193)))
 (let ((?x338 (+ ?x190 ?x337)))
 (let ((?x212 (/ 1.0 exp!5)))
 (let ((?x348 (* ?x212 ?x338)))
 (let ((?x253 (+ ?x218 ?x252)))
 (let ((?x215 (+ ?x222 ?x253)))
 (let ((?x349 (* ?x215 ?x348)))
 (let ((?x205 (+ ?x210 ?x210)))
 (let ((?x211 (+ ?x204 ?x205)))
 (let ((?x256 (* ?x212 ?x211)))
 (let ((?x346 (+ ?x256 ?x349)))
 (let ((?x315 (+ ?x346 ?x313)))
 (or (and (distinct 0.0 ?x315) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
(assert
 (= (< log!863 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!863) (< exp!1 exp!6)))
(assert
 (= (< log!863 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!863) (< exp!2 exp!6)))
(assert
 (= (< log!863 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!863) (< exp!3 exp!6)))
(assert
 (= (< log!863 log!414) (< exp!6 exp!4)))
(assert
 (= (< log!414 log!863) (< exp!4 exp!6)))
(assert
 (= (< log!863 log!638) (< exp!6 exp!5)))
(assert
 (= (< log!638 log!863) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!863 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!863)))
(assert
 (let ((?x464 (* 1.0 exp!2)))
(let ((?x576 (/ ?x464 exp!1)))
(let ((?x381 (+ 1.0 ?x576)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x980 (/ ?x55 exp!1)))
(let ((?x260 (+ ?x980 ?x381)))
(=> (> ?x260 0.0) (= exp!6 ?x260)))))))))
(check-sat)
(pop 1)
