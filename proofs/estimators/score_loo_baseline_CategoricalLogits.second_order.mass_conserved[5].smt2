; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[5]', verdict unproved
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
 (let ((?x213 (/ ?x156 exp!5)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let ((?x202 (/ 1.0 ?x705)))
 (let ((?x214 (- ?x202)))
 (let ((?x193 (* 0.0 ?x214)))
 (let ((?x417 (+ ?x214 ?x193)))
 (let ((?x190 (+ 1.0 ?x214)))
 (let ((?x421 (* 0.0 ?x190)))
 (let ((?x418 (+ ?x421 ?x417)))
 (let ((?x180 (* ?x418 ?x213)))
 (let ((?x257 (/ ?x156 ?x705)))
 (let ((?x222 (- ?x257)))
 (let ((?x252 (* 0.0 ?x222)))
 (let ((?x251 (+ 1.0 ?x222)))
 (let ((?x323 (+ ?x251 ?x252)))
 (let ((?x324 (+ ?x252 ?x323)))
 (let ((?x181 (* ?x324 ?x180)))
 (let ((?x208 (- ?x156)))
 (let ((?x255 (/ 1.0 (* ?x705 ?x705))))
 (let ((?x209 (* ?x255 ?x208)))
 (let ((?x196 (/ 0.0 ?x705)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x271 (+ ?x204 ?x210)))
 (let ((?x261 (+ ?x210 ?x271)))
 (let ((?x272 (* ?x261 ?x213)))
 (let ((?x182 (+ ?x272 ?x181)))
 (let ((?x262 (/ ?x698 exp!5)))
 (let ((?x225 (* ?x262 ?x418)))
 (let ((?x218 (* 0.0 ?x251)))
 (let ((?x419 (+ ?x222 ?x218)))
 (let ((?x420 (+ ?x252 ?x419)))
 (let ((?x219 (* ?x420 ?x225)))
 (let ((?x377 (* ?x262 ?x261)))
 (let ((?x220 (+ ?x377 ?x219)))
 (let ((?x183 (+ ?x220 ?x182)))
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
 (let ((?x174 (+ ?x346 ?x183)))
 (or (and (distinct 0.0 ?x174) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x720 (/ ?x464 exp!1)))
 (let ((?x779 (+ 1.0 ?x720)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x430 ?x779)))
 (< 0.0 ?x297))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x720 (/ ?x464 exp!1)))
 (let ((?x779 (+ 1.0 ?x720)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x430 ?x779)))
 (let (($x642 (= 0.0 ?x297)))
 (not $x642)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x720 (/ ?x464 exp!1)))
 (let ((?x779 (+ 1.0 ?x720)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x430 ?x779)))
 (let (($x642 (= 0.0 ?x297)))
 (not $x642)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x720 (/ ?x464 exp!1)))
 (let ((?x779 (+ 1.0 ?x720)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x430 ?x779)))
 (let (($x642 (= 0.0 ?x297)))
 (not $x642)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x720 (/ ?x464 exp!1)))
 (let ((?x779 (+ 1.0 ?x720)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x430 ?x779)))
 (let (($x642 (= 0.0 ?x297)))
 (not $x642)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x720 (/ ?x464 exp!1)))
 (let ((?x779 (+ 1.0 ?x720)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x430 ?x779)))
 (let (($x642 (= 0.0 ?x297)))
 (not $x642)))))))))
(assert
 (let ((?x754 (/ 1.0 exp!6)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x720 (/ ?x464 exp!1)))
 (let ((?x779 (+ 1.0 ?x720)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x430 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x430 ?x779)))
 (let ((?x392 (/ ?x430 ?x297)))
 (let ((?x306 (- ?x392)))
 (let ((?x655 (* 0.0 ?x306)))
 (let ((?x246 (+ ?x306 ?x655)))
 (let ((?x304 (+ 1.0 ?x306)))
 (let ((?x243 (* 0.0 ?x304)))
 (let ((?x408 (+ ?x243 ?x246)))
 (let ((?x288 (* ?x408 ?x754)))
 (let ((?x374 (/ 1.0 ?x297)))
 (let ((?x406 (- ?x374)))
 (let ((?x601 (* 0.0 ?x406)))
 (let ((?x384 (+ 1.0 ?x406)))
 (let ((?x630 (+ ?x384 ?x601)))
 (let ((?x434 (+ ?x601 ?x630)))
 (let ((?x633 (* ?x434 ?x288)))
 (let ((?x340 (- ?x430)))
 (let ((?x244 (/ 1.0 (* ?x297 ?x297))))
 (let ((?x296 (* ?x244 ?x340)))
 (let ((?x437 (/ 0.0 ?x297)))
 (let ((?x381 (+ ?x437 ?x296)))
 (let ((?x328 (- ?x381)))
 (let ((?x367 (* 0.0 ?x328)))
 (let ((?x596 (+ ?x328 ?x367)))
 (let ((?x790 (+ ?x367 ?x596)))
 (let ((?x634 (* ?x790 ?x754)))
 (let ((?x232 (+ ?x634 ?x633)))
 (let ((?x794 (/ ?x720 exp!6)))
 (let ((?x723 (* ?x794 ?x408)))
 (let ((?x386 (* 0.0 ?x384)))
 (let ((?x597 (+ ?x406 ?x386)))
 (let ((?x516 (+ ?x601 ?x597)))
 (let ((?x356 (* ?x516 ?x723)))
 (let ((?x1001 (* ?x794 ?x790)))
 (let ((?x985 (+ ?x1001 ?x356)))
 (let ((?x607 (+ ?x985 ?x232)))
 (let ((?x996 (+ ?x655 ?x655)))
 (let ((?x289 (+ ?x304 ?x996)))
 (let ((?x999 (/ ?x430 exp!6)))
 (let ((?x178 (* ?x999 ?x289)))
 (let ((?x747 (+ ?x386 ?x601)))
 (let ((?x1008 (+ ?x406 ?x747)))
 (let ((?x247 (* ?x1008 ?x178)))
 (let ((?x1007 (+ ?x367 ?x367)))
 (let ((?x714 (+ ?x328 ?x1007)))
 (let ((?x444 (* ?x999 ?x714)))
 (let ((?x584 (+ ?x444 ?x247)))
 (let ((?x724 (+ ?x584 ?x607)))
 (or (and (distinct 0.0 ?x724) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
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
 (let ((?x464 (* 1.0 exp!2)))
(let ((?x720 (/ ?x464 exp!1)))
(let ((?x779 (+ 1.0 ?x720)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x430 (/ ?x55 exp!1)))
(let ((?x297 (+ ?x430 ?x779)))
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
 (let ((?x213 (/ ?x156 exp!5)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let ((?x202 (/ 1.0 ?x705)))
 (let ((?x214 (- ?x202)))
 (let ((?x193 (* 0.0 ?x214)))
 (let ((?x417 (+ ?x214 ?x193)))
 (let ((?x190 (+ 1.0 ?x214)))
 (let ((?x421 (* 0.0 ?x190)))
 (let ((?x418 (+ ?x421 ?x417)))
 (let ((?x180 (* ?x418 ?x213)))
 (let ((?x257 (/ ?x156 ?x705)))
 (let ((?x222 (- ?x257)))
 (let ((?x252 (* 0.0 ?x222)))
 (let ((?x251 (+ 1.0 ?x222)))
 (let ((?x323 (+ ?x251 ?x252)))
 (let ((?x324 (+ ?x252 ?x323)))
 (let ((?x181 (* ?x324 ?x180)))
 (let ((?x208 (- ?x156)))
 (let ((?x255 (/ 1.0 (* ?x705 ?x705))))
 (let ((?x209 (* ?x255 ?x208)))
 (let ((?x196 (/ 0.0 ?x705)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x271 (+ ?x204 ?x210)))
 (let ((?x261 (+ ?x210 ?x271)))
 (let ((?x272 (* ?x261 ?x213)))
 (let ((?x182 (+ ?x272 ?x181)))
 (let ((?x262 (/ ?x698 exp!5)))
 (let ((?x225 (* ?x262 ?x418)))
 (let ((?x218 (* 0.0 ?x251)))
 (let ((?x419 (+ ?x222 ?x218)))
 (let ((?x420 (+ ?x252 ?x419)))
 (let ((?x219 (* ?x420 ?x225)))
 (let ((?x377 (* ?x262 ?x261)))
 (let ((?x220 (+ ?x377 ?x219)))
 (let ((?x183 (+ ?x220 ?x182)))
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
 (let ((?x174 (+ ?x346 ?x183)))
 (or (and (distinct 0.0 ?x174) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
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
 (let ((?x464 (* 1.0 exp!2)))
(let ((?x720 (/ ?x464 exp!1)))
(let ((?x779 (+ 1.0 ?x720)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x430 (/ ?x55 exp!1)))
(let ((?x297 (+ ?x430 ?x779)))
(=> (> ?x297 0.0) (= exp!6 ?x297)))))))))
(check-sat)
(pop 1)
