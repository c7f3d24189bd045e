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
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x797 (/ ?x464 exp!1)))
 (let ((?x661 (+ 1.0 ?x797)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x275 (/ ?x55 exp!1)))
 (let ((?x578 (+ ?x275 ?x661)))
 (< 0.0 ?x578))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x797 (/ ?x464 exp!1)))
 (let ((?x661 (+ 1.0 ?x797)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x275 (/ ?x55 exp!1)))
 (let ((?x578 (+ ?x275 ?x661)))
 (let (($x407 (= 0.0 ?x578)))
 (not $x407)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x797 (/ ?x464 exp!1)))
 (let ((?x661 (+ 1.0 ?x797)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x275 (/ ?x55 exp!1)))
 (let ((?x578 (+ ?x275 ?x661)))
 (let (($x407 (= 0.0 ?x578)))
 (not $x407)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x797 (/ ?x464 exp!1)))
 (let ((?x661 (+ 1.0 ?x797)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x275 (/ ?x55 exp!1)))
 (let ((?x578 (+ ?x275 ?x661)))
 (let (($x407 (= 0.0 ?x578)))
 (not $x407)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x797 (/ ?x464 exp!1)))
 (let ((?x661 (+ 1.0 ?x797)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x275 (/ ?x55 exp!1)))
 (let ((?x578 (+ ?x275 ?x661)))
 (let (($x407 (= 0.0 ?x578)))
 (not $x407)))))))))
(assert
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x797 (/ ?x464 exp!1)))
 (let ((?x661 (+ 1.0 ?x797)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x275 (/ ?x55 exp!1)))
 (let ((?x578 (+ ?x275 ?x661)))
 (let (($x407 (= 0.0 ?x578)))
 (not $x407)))))))))
(assert
 (let ((?x370 (/ 1.0 exp!6)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x797 (/ ?x464 exp!1)))
 (let ((?x661 (+ 1.0 ?x797)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x275 (/ ?x55 exp!1)))
 (let ((?x578 (+ ?x275 ?x661)))
 (let ((?x781 (/ ?x275 ?x578)))
 (let ((?x365 (- ?x781)))
 (let ((?x669 (* 0.0 ?x365)))
 (let ((?x245 (+ ?x365 ?x669)))
 (let ((?x328 (+ 1.0 ?x365)))
 (let ((?x243 (* 0.0 ?x328)))
 (let ((?x226 (+ ?x243 ?x245)))
 (let ((?x458 (* ?x226 ?x370)))
 (let ((?x280 (/ 1.0 ?x578)))
 (let ((?x386 (- ?x280)))
 (let ((?x258 (* 0.0 ?x386)))
 (let ((?x366 (+ 1.0 ?x386)))
 (let ((?x635 (+ ?x366 ?x258)))
 (let ((?x475 (+ ?x258 ?x635)))
 (let ((?x605 (* ?x475 ?x458)))
 (let ((?x392 (- ?x275)))
 (let ((?x381 (/ 1.0 (* ?x578 ?x578))))
 (let ((?x436 (* ?x381 ?x392)))
 (let ((?x792 (/ 0.0 ?x578)))
 (let ((?x430 (+ ?x792 ?x436)))
 (let ((?x373 (- ?x430)))
 (let ((?x296 (* 0.0 ?x373)))
 (let ((?x242 (+ ?x373 ?x296)))
 (let ((?x264 (+ ?x296 ?x242)))
 (let ((?x628 (* ?x264 ?x370)))
 (let ((?x408 (+ ?x628 ?x605)))
 (let ((?x396 (/ ?x797 exp!6)))
 (let ((?x649 (* ?x396 ?x226)))
 (let ((?x305 (* 0.0 ?x366)))
 (let ((?x600 (+ ?x386 ?x305)))
 (let ((?x655 (+ ?x258 ?x600)))
 (let ((?x985 (* ?x655 ?x649)))
 (let ((?x999 (* ?x396 ?x264)))
 (let ((?x983 (+ ?x999 ?x985)))
 (let ((?x615 (+ ?x983 ?x408)))
 (let ((?x994 (+ ?x669 ?x669)))
 (let ((?x375 (+ ?x328 ?x994)))
 (let ((?x290 (/ ?x275 exp!6)))
 (let ((?x351 (* ?x290 ?x375)))
 (let ((?x995 (+ ?x305 ?x258)))
 (let ((?x1006 (+ ?x386 ?x995)))
 (let ((?x1003 (* ?x1006 ?x351)))
 (let ((?x1005 (+ ?x296 ?x296)))
 (let ((?x794 (+ ?x373 ?x1005)))
 (let ((?x322 (* ?x290 ?x794)))
 (let ((?x431 (+ ?x322 ?x1003)))
 (let ((?x378 (+ ?x431 ?x615)))
 (or (and (distinct 0.0 ?x378) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
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
 (let ((?x464 (* 1.0 exp!2)))
(let ((?x797 (/ ?x464 exp!1)))
(let ((?x661 (+ 1.0 ?x797)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x275 (/ ?x55 exp!1)))
(let ((?x578 (+ ?x275 ?x661)))
(=> (> ?x578 0.0) (= exp!6 ?x578)))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x464 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x464 exp!3)))
 (let ((?x687 (+ ?x698 ?x156)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
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
 (let ((?x464 (* 1.0 exp!2)))
(let ((?x797 (/ ?x464 exp!1)))
(let ((?x661 (+ 1.0 ?x797)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x275 (/ ?x55 exp!1)))
(let ((?x578 (+ ?x275 ?x661)))
(=> (> ?x578 0.0) (= exp!6 ?x578)))))))))
(check-sat)
(pop 1)
