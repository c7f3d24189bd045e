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
 (let ((?x390 (* ?x404 ?x217)))
 (let ((?x257 (/ ?x156 ?x705)))
 (let ((?x222 (- ?x257)))
 (let ((?x252 (* 0.0 ?x222)))
 (let ((?x251 (+ 1.0 ?x222)))
 (let ((?x272 (+ ?x251 ?x252)))
 (let ((?x378 (+ ?x252 ?x272)))
 (let ((?x384 (* ?x378 ?x390)))
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
 (let ((?x394 (+ ?x213 ?x384)))
 (let ((?x262 (/ ?x698 exp!5)))
 (let ((?x414 (* ?x262 ?x404)))
 (let ((?x218 (* 0.0 ?x251)))
 (let ((?x377 (+ ?x222 ?x218)))
 (let ((?x399 (+ ?x252 ?x377)))
 (let ((?x416 (* ?x399 ?x414)))
 (let ((?x225 (* ?x262 ?x261)))
 (let ((?x219 (+ ?x225 ?x416)))
 (let ((?x396 (+ ?x219 ?x394)))
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
 (let ((?x323 (+ ?x346 ?x396)))
 (or (and (distinct 0.0 ?x323) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x231 (/ ?x464 exp!1)))
 (let ((?x565 (+ 1.0 ?x231)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x492 (/ ?x55 exp!1)))
 (let ((?x341 (+ ?x492 ?x565)))
 (< 0.0 ?x341))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x231 (/ ?x464 exp!1)))
 (let ((?x565 (+ 1.0 ?x231)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x492 (/ ?x55 exp!1)))
 (let ((?x341 (+ ?x492 ?x565)))
 (let (($x398 (= 0.0 ?x341)))
 (not $x398)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x231 (/ ?x464 exp!1)))
 (let ((?x565 (+ 1.0 ?x231)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x492 (/ ?x55 exp!1)))
 (let ((?x341 (+ ?x492 ?x565)))
 (let (($x398 (= 0.0 ?x341)))
 (not $x398)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x231 (/ ?x464 exp!1)))
 (let ((?x565 (+ 1.0 ?x231)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x492 (/ ?x55 exp!1)))
 (let ((?x341 (+ ?x492 ?x565)))
 (let (($x398 (= 0.0 ?x341)))
 (not $x398)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x231 (/ ?x464 exp!1)))
 (let ((?x565 (+ 1.0 ?x231)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x492 (/ ?x55 exp!1)))
 (let ((?x341 (+ ?x492 ?x565)))
 (let (($x398 (= 0.0 ?x341)))
 (not $x398)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x231 (/ ?x464 exp!1)))
 (let ((?x565 (+ 1.0 ?x231)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x492 (/ ?x55 exp!1)))
 (let ((?x341 (+ ?x492 ?x565)))
 (let (($x398 (= 0.0 ?x341)))
 (not $x398)))))))))
(assert
 (let ((?x787 (/ 1.0 exp!6)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x231 (/ ?x464 exp!1)))
 (let ((?x565 (+ 1.0 ?x231)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x492 (/ ?x55 exp!1)))
 (let ((?x341 (+ ?x492 ?x565)))
 (let ((?x381 (/ ?x492 ?x341)))
 (let ((?x439 (- ?x381)))
 (let ((?x815 (* 0.0 ?x439)))
 (let ((?x357 (+ ?x439 ?x815)))
 (let ((?x497 (+ 1.0 ?x439)))
 (let ((?x299 (* 0.0 ?x497)))
 (let ((?x247 (+ ?x299 ?x357)))
 (let ((?x476 (* ?x247 ?x787)))
 (let ((?x494 (/ 1.0 ?x341)))
 (let ((?x379 (- ?x494)))
 (let ((?x591 (* 0.0 ?x379)))
 (let ((?x440 (+ 1.0 ?x379)))
 (let ((?x609 (+ ?x440 ?x591)))
 (let ((?x827 (+ ?x591 ?x609)))
 (let ((?x228 (* ?x827 ?x476)))
 (let ((?x485 (- ?x492)))
 (let ((?x320 (/ 1.0 (* ?x341 ?x341))))
 (let ((?x664 (* ?x320 ?x485)))
 (let ((?x297 (/ 0.0 ?x341)))
 (let ((?x283 (+ ?x297 ?x664)))
 (let ((?x735 (- ?x283)))
 (let ((?x275 (* 0.0 ?x735)))
 (let ((?x400 (+ ?x735 ?x275)))
 (let ((?x514 (+ ?x275 ?x400)))
 (let ((?x673 (* ?x514 ?x787)))
 (let ((?x157 (+ ?x673 ?x228)))
 (let ((?x536 (/ ?x231 exp!6)))
 (let ((?x770 (* ?x536 ?x247)))
 (let ((?x238 (* 0.0 ?x440)))
 (let ((?x587 (+ ?x379 ?x238)))
 (let ((?x817 (+ ?x591 ?x587)))
 (let ((?x633 (* ?x817 ?x770)))
 (let ((?x1006 (* ?x536 ?x514)))
 (let ((?x990 (+ ?x1006 ?x633)))
 (let ((?x604 (+ ?x990 ?x157)))
 (let ((?x1001 (+ ?x815 ?x815)))
 (let ((?x248 (+ ?x497 ?x1001)))
 (let ((?x1002 (/ ?x492 exp!6)))
 (let ((?x300 (* ?x1002 ?x248)))
 (let ((?x342 (+ ?x238 ?x591)))
 (let ((?x1013 (+ ?x379 ?x342)))
 (let ((?x984 (* ?x1013 ?x300)))
 (let ((?x1012 (+ ?x275 ?x275)))
 (let ((?x382 (+ ?x735 ?x1012)))
 (let ((?x331 (* ?x1002 ?x382)))
 (let ((?x1016 (+ ?x331 ?x984)))
 (let ((?x992 (+ ?x1016 ?x604)))
 (or (and (distinct 0.0 ?x992) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
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
 (let ((?x464 (* 1.0 exp!2)))
(let ((?x231 (/ ?x464 exp!1)))
(let ((?x565 (+ 1.0 ?x231)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x492 (/ ?x55 exp!1)))
(let ((?x341 (+ ?x492 ?x565)))
(=> (> ?x341 0.0) (= exp!6 ?x341)))))))))
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
 (let ((?x390 (* ?x404 ?x217)))
 (let ((?x257 (/ ?x156 ?x705)))
 (let ((?x222 (- ?x257)))
 (let ((?x252 (* 0.0 ?x222)))
 (let ((?x251 (+ 1.0 ?x222)))
 (let ((?x272 (+ ?x251 ?x252)))
 (let ((?x378 (+ ?x252 ?x272)))
 (let ((?x384 (* ?x378 ?x390)))
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
 (let ((?x394 (+ ?x213 ?x384)))
 (let ((?x262 (/ ?x698 exp!5)))
 (let ((?x414 (* ?x262 ?x404)))
 (let ((?x218 (* 0.0 ?x251)))
 (let ((?x377 (+ ?x222 ?x218)))
 (let ((?x399 (+ ?x252 ?x377)))
 (let ((?x416 (* ?x399 ?x414)))
 (let ((?x225 (* ?x262 ?x261)))
 (let ((?x219 (+ ?x225 ?x416)))
 (let ((?x396 (+ ?x219 ?x394)))
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
 (let ((?x323 (+ ?x346 ?x396)))
 (or (and (distinct 0.0 ?x323) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
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
 (let ((?x464 (* 1.0 exp!2)))
(let ((?x231 (/ ?x464 exp!1)))
(let ((?x565 (+ 1.0 ?x231)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x492 (/ ?x55 exp!1)))
(let ((?x341 (+ ?x492 ?x565)))
(=> (> ?x341 0.0) (= exp!6 ?x341)))))))))
(check-sat)
(pop 1)
