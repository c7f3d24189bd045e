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
(declare-fun log!420 () Real)
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
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
(declare-fun log!420 () Real)
(declare-fun log!644 () Real)
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
 (let ((?x217 (/ ?x156 exp!5)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let ((?x202 (/ 1.0 ?x705)))
 (let ((?x214 (- ?x202)))
 (let ((?x193 (* 0.0 ?x214)))
 (let ((?x383 (+ ?x214 ?x193)))
 (let ((?x190 (+ 1.0 ?x214)))
 (let ((?x410 (* 0.0 ?x190)))
 (let ((?x404 (+ ?x410 ?x383)))
 (let ((?x324 (* ?x404 ?x217)))
 (let ((?x257 (/ ?x156 ?x705)))
 (let ((?x222 (- ?x257)))
 (let ((?x252 (* 0.0 ?x222)))
 (let ((?x251 (+ 1.0 ?x222)))
 (let ((?x272 (+ ?x251 ?x252)))
 (let ((?x323 (+ ?x252 ?x272)))
 (let ((?x180 (* ?x323 ?x324)))
 (let ((?x208 (- ?x156)))
 (let ((?x255 (/ 1.0 (* ?x705 ?x705))))
 (let ((?x209 (* ?x255 ?x208)))
 (let ((?x196 (/ 0.0 ?x705)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x271 (+ ?x204 ?x210)))
 (let ((?x261 (+ ?x210 ?x271)))
 (let ((?x213 (* ?x261 ?x217)))
 (let ((?x181 (+ ?x213 ?x180)))
 (let ((?x262 (/ ?x698 exp!5)))
 (let ((?x414 (* ?x262 ?x404)))
 (let ((?x218 (* 0.0 ?x251)))
 (let ((?x377 (+ ?x222 ?x218)))
 (let ((?x399 (+ ?x252 ?x377)))
 (let ((?x416 (* ?x399 ?x414)))
 (let ((?x225 (* ?x262 ?x261)))
 (let ((?x219 (+ ?x225 ?x416)))
 (let ((?x182 (+ ?x219 ?x181)))
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
 (let ((?x183 (+ ?x346 ?x182)))
 (or (and (distinct 0.0 ?x183) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
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
(declare-fun log!420 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!644 () Real)
(declare-fun log!869 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x203 (/ ?x464 exp!1)))
 (let ((?x713 (+ 1.0 ?x203)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x336 (/ ?x55 exp!1)))
 (let ((?x259 (+ ?x336 ?x713)))
 (< 0.0 ?x259))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x203 (/ ?x464 exp!1)))
 (let ((?x713 (+ 1.0 ?x203)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x336 (/ ?x55 exp!1)))
 (let ((?x259 (+ ?x336 ?x713)))
 (let (($x775 (= 0.0 ?x259)))
 (not $x775)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x203 (/ ?x464 exp!1)))
 (let ((?x713 (+ 1.0 ?x203)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x336 (/ ?x55 exp!1)))
 (let ((?x259 (+ ?x336 ?x713)))
 (let (($x775 (= 0.0 ?x259)))
 (not $x775)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x203 (/ ?x464 exp!1)))
 (let ((?x713 (+ 1.0 ?x203)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x336 (/ ?x55 exp!1)))
 (let ((?x259 (+ ?x336 ?x713)))
 (let (($x775 (= 0.0 ?x259)))
 (not $x775)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x203 (/ ?x464 exp!1)))
 (let ((?x713 (+ 1.0 ?x203)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x336 (/ ?x55 exp!1)))
 (let ((?x259 (+ ?x336 ?x713)))
 (let (($x775 (= 0.0 ?x259)))
 (not $x775)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x203 (/ ?x464 exp!1)))
 (let ((?x713 (+ 1.0 ?x203)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x336 (/ ?x55 exp!1)))
 (let ((?x259 (+ ?x336 ?x713)))
 (let (($x775 (= 0.0 ?x259)))
 (not $x775)))))))))
(assert
 (let ((?x420 (/ 1.0 exp!6)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x203 (/ ?x464 exp!1)))
 (let ((?x713 (+ 1.0 ?x203)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x336 (/ ?x55 exp!1)))
 (let ((?x259 (+ ?x336 ?x713)))
 (let ((?x370 (/ ?x336 ?x259)))
 (let ((?x178 (- ?x370)))
 (let ((?x496 (* 0.0 ?x178)))
 (let ((?x714 (+ ?x178 ?x496)))
 (let ((?x243 (+ 1.0 ?x178)))
 (let ((?x594 (* 0.0 ?x243)))
 (let ((?x493 (+ ?x594 ?x714)))
 (let ((?x590 (* ?x493 ?x420)))
 (let ((?x163 (/ 1.0 ?x259)))
 (let ((?x412 (- ?x163)))
 (let ((?x382 (* 0.0 ?x412)))
 (let ((?x415 (+ 1.0 ?x412)))
 (let ((?x618 (+ ?x415 ?x382)))
 (let ((?x996 (+ ?x382 ?x618)))
 (let ((?x576 (* ?x996 ?x590)))
 (let ((?x172 (- ?x336)))
 (let ((?x357 (/ 1.0 (* ?x259 ?x259))))
 (let ((?x527 (* ?x357 ?x172)))
 (let ((?x401 (/ 0.0 ?x259)))
 (let ((?x290 (+ ?x401 ?x527)))
 (let ((?x242 (- ?x290)))
 (let ((?x294 (* 0.0 ?x242)))
 (let ((?x487 (+ ?x242 ?x294)))
 (let ((?x676 (+ ?x294 ?x487)))
 (let ((?x671 (* ?x676 ?x420)))
 (let ((?x159 (+ ?x671 ?x576)))
 (let ((?x248 (/ ?x203 exp!6)))
 (let ((?x737 (* ?x248 ?x493)))
 (let ((?x287 (* 0.0 ?x415)))
 (let ((?x486 (+ ?x412 ?x287)))
 (let ((?x507 (+ ?x382 ?x486)))
 (let ((?x275 (* ?x507 ?x737)))
 (let ((?x1004 (* ?x248 ?x676)))
 (let ((?x988 (+ ?x1004 ?x275)))
 (let ((?x603 (+ ?x988 ?x159)))
 (let ((?x999 (+ ?x496 ?x496)))
 (let ((?x308 (+ ?x243 ?x999)))
 (let ((?x295 (/ ?x336 exp!6)))
 (let ((?x199 (* ?x295 ?x308)))
 (let ((?x678 (+ ?x287 ?x382)))
 (let ((?x1011 (+ ?x412 ?x678)))
 (let ((?x300 (* ?x1011 ?x199)))
 (let ((?x1010 (+ ?x294 ?x294)))
 (let ((?x429 (+ ?x242 ?x1010)))
 (let ((?x302 (* ?x295 ?x429)))
 (let ((?x291 (+ ?x302 ?x300)))
 (let ((?x589 (+ ?x291 ?x603)))
 (or (and (distinct 0.0 ?x589) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
(assert
 (= (< log!869 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!869) (< exp!1 exp!6)))
(assert
 (= (< log!869 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!869) (< exp!2 exp!6)))
(assert
 (= (< log!869 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!869) (< exp!3 exp!6)))
(assert
 (= (< log!869 log!420) (< exp!6 exp!4)))
(assert
 (= (< log!420 log!869) (< exp!4 exp!6)))
(assert
 (= (< log!869 log!644) (< exp!6 exp!5)))
(assert
 (= (< log!644 log!869) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!869 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!869)))
(assert
 (let ((?x464 (* 1.0 exp!2)))
(let ((?x203 (/ ?x464 exp!1)))
(let ((?x713 (+ 1.0 ?x203)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x336 (/ ?x55 exp!1)))
(let ((?x259 (+ ?x336 ?x713)))
(=> (> ?x259 0.0) (= exp!6 ?x259)))))))))
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
(declare-fun log!420 () Real)
(declare-fun log!644 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!869 () Real)
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
 (let ((?x217 (/ ?x156 exp!5)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let ((?x202 (/ 1.0 ?x705)))
 (let ((?x214 (- ?x202)))
 (let ((?x193 (* 0.0 ?x214)))
 (let ((?x383 (+ ?x214 ?x193)))
 (let ((?x190 (+ 1.0 ?x214)))
 (let ((?x410 (* 0.0 ?x190)))
 (let ((?x404 (+ ?x410 ?x383)))
 (let ((?x324 (* ?x404 ?x217)))
 (let ((?x257 (/ ?x156 ?x705)))
 (let ((?x222 (- ?x257)))
 (let ((?x252 (* 0.0 ?x222)))
 (let ((?x251 (+ 1.0 ?x222)))
 (let ((?x272 (+ ?x251 ?x252)))
 (let ((?x323 (+ ?x252 ?x272)))
 (let ((?x180 (* ?x323 ?x324)))
 (let ((?x208 (- ?x156)))
 (let ((?x255 (/ 1.0 (* ?x705 ?x705))))
 (let ((?x209 (* ?x255 ?x208)))
 (let ((?x196 (/ 0.0 ?x705)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x271 (+ ?x204 ?x210)))
 (let ((?x261 (+ ?x210 ?x271)))
 (let ((?x213 (* ?x261 ?x217)))
 (let ((?x181 (+ ?x213 ?x180)))
 (let ((?x262 (/ ?x698 exp!5)))
 (let ((?x414 (* ?x262 ?x404)))
 (let ((?x218 (* 0.0 ?x251)))
 (let ((?x377 (+ ?x222 ?x218)))
 (let ((?x399 (+ ?x252 ?x377)))
 (let ((?x416 (* ?x399 ?x414)))
 (let ((?x225 (* ?x262 ?x261)))
 (let ((?x219 (+ ?x225 ?x416)))
 (let ((?x182 (+ ?x219 ?x181)))
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
 (let ((?x183 (+ ?x346 ?x182)))
 (or (and (distinct 0.0 ?x183) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
(assert
 (= (< log!869 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!869) (< exp!1 exp!6)))
(assert
 (= (< log!869 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!869) (< exp!2 exp!6)))
(assert
 (= (< log!869 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!869) (< exp!3 exp!6)))
(assert
 (= (< log!869 log!420) (< exp!6 exp!4)))
(assert
 (= (< log!420 log!869) (< exp!4 exp!6)))
(assert
 (= (< log!869 log!644) (< exp!6 exp!5)))
(assert
 (= (< log!644 log!869) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!869 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!869)))
(assert
 (let ((?x464 (* 1.0 exp!2)))
(let ((?x203 (/ ?x464 exp!1)))
(let ((?x713 (+ 1.0 ?x203)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x336 (/ ?x55 exp!1)))
(let ((?x259 (+ ?x336 ?x713)))
(=> (> ?x259 0.0) (= exp!6 ?x259)))))))))
(check-sat)
(pop 1)
