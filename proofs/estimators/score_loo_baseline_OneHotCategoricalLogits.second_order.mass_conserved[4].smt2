; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[4]', verdict proved
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
 (let ((?x97 (/ ?x36 ?x57)))
 (let ((?x110 (- ?x97)))
 (let ((?x113 (* 0.0 ?x110)))
 (let ((?x111 (+ 1.0 ?x110)))
 (let ((?x135 (+ ?x111 ?x113)))
 (let ((?x136 (+ ?x113 ?x135)))
 (let ((?x133 (/ ?x36 exp!4)))
 (let ((?x137 (* ?x133 ?x136)))
 (let ((?x138 (* ?x136 ?x137)))
 (let ((?x100 (- ?x36)))
 (let ((?x101 (* ?x36 ?x100)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x102 (* ?x99 ?x101)))
 (let ((?x103 (+ ?x97 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x122 (+ ?x104 ?x105)))
 (let ((?x123 (+ ?x105 ?x122)))
 (let ((?x134 (* ?x123 ?x133)))
 (let ((?x139 (+ ?x134 ?x138)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x126 (+ ?x110 ?x112)))
 (let ((?x127 (+ ?x113 ?x126)))
 (let ((?x124 (/ 1.0 exp!4)))
 (let ((?x128 (* ?x124 ?x127)))
 (let ((?x129 (* ?x127 ?x128)))
 (let ((?x125 (* ?x124 ?x123)))
 (let ((?x130 (+ ?x125 ?x129)))
 (let ((?x140 (+ ?x130 ?x139)))
 (let ((?x114 (+ ?x112 ?x113)))
 (let ((?x115 (+ ?x110 ?x114)))
 (let ((?x108 (/ ?x56 exp!4)))
 (let ((?x116 (* ?x108 ?x115)))
 (let ((?x117 (* ?x115 ?x116)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x109 (* ?x108 ?x107)))
 (let ((?x118 (+ ?x109 ?x117)))
 (let ((?x141 (+ ?x118 ?x140)))
 (or (and (distinct 0.0 ?x141) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x601 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (< 0.0 ?x611)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x601 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x496 (= 0.0 ?x611)))
 (not $x496))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x601 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x496 (= 0.0 ?x611)))
 (not $x496))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x601 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x496 (= 0.0 ?x611)))
 (not $x496))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x601 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x496 (= 0.0 ?x611)))
 (not $x496))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x601 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x496 (= 0.0 ?x611)))
 (not $x496))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x601 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let ((?x230 (/ ?x146 ?x611)))
 (let ((?x330 (- ?x230)))
 (let ((?x329 (* 0.0 ?x330)))
 (let ((?x331 (+ 1.0 ?x330)))
 (let ((?x306 (+ ?x331 ?x329)))
 (let ((?x401 (+ ?x329 ?x306)))
 (let ((?x173 (/ ?x146 exp!5)))
 (let ((?x412 (* ?x173 ?x401)))
 (let ((?x365 (* ?x401 ?x412)))
 (let ((?x191 (- ?x146)))
 (let ((?x194 (* ?x146 ?x191)))
 (let ((?x199 (/ 1.0 (* ?x611 ?x611))))
 (let ((?x200 (* ?x199 ?x194)))
 (let ((?x195 (+ ?x230 ?x200)))
 (let ((?x201 (- ?x195)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x218 (+ ?x201 ?x202)))
 (let ((?x219 (+ ?x202 ?x218)))
 (let ((?x305 (* ?x219 ?x173)))
 (let ((?x406 (+ ?x305 ?x365)))
 (let ((?x328 (* 0.0 ?x331)))
 (let ((?x372 (+ ?x330 ?x328)))
 (let ((?x373 (+ ?x329 ?x372)))
 (let ((?x359 (/ ?x601 exp!5)))
 (let ((?x370 (* ?x359 ?x373)))
 (let ((?x371 (* ?x373 ?x370)))
 (let ((?x360 (* ?x359 ?x219)))
 (let ((?x170 (+ ?x360 ?x371)))
 (let ((?x416 (+ ?x170 ?x406)))
 (let ((?x180 (+ ?x328 ?x329)))
 (let ((?x183 (+ ?x330 ?x180)))
 (let ((?x319 (/ 1.0 exp!5)))
 (let ((?x241 (* ?x319 ?x183)))
 (let ((?x237 (* ?x183 ?x241)))
 (let ((?x231 (+ ?x202 ?x202)))
 (let ((?x232 (+ ?x201 ?x231)))
 (let ((?x320 (* ?x319 ?x232)))
 (let ((?x242 (+ ?x320 ?x237)))
 (let ((?x418 (+ ?x242 ?x416)))
 (or (and (distinct 0.0 ?x418) true)))))))))))))))))))))))))))))))))))))))))))))))
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
(let ((?x146 (/ ?x9 exp!3)))
(let ((?x601 (/ (* 1.0 exp!2) exp!3)))
(let ((?x598 (+ ?x601 ?x146)))
(let ((?x611 (+ 1.0 ?x598)))
(=> (> ?x611 0.0) (= exp!5 ?x611))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x493 (/ ?x436 exp!1)))
 (let ((?x554 (+ 1.0 ?x493)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x155 (/ ?x55 exp!1)))
 (let ((?x160 (+ ?x155 ?x554)))
 (< 0.0 ?x160))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x493 (/ ?x436 exp!1)))
 (let ((?x554 (+ 1.0 ?x493)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x155 (/ ?x55 exp!1)))
 (let ((?x160 (+ ?x155 ?x554)))
 (let (($x688 (= 0.0 ?x160)))
 (not $x688)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x493 (/ ?x436 exp!1)))
 (let ((?x554 (+ 1.0 ?x493)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x155 (/ ?x55 exp!1)))
 (let ((?x160 (+ ?x155 ?x554)))
 (let (($x688 (= 0.0 ?x160)))
 (not $x688)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x493 (/ ?x436 exp!1)))
 (let ((?x554 (+ 1.0 ?x493)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x155 (/ ?x55 exp!1)))
 (let ((?x160 (+ ?x155 ?x554)))
 (let (($x688 (= 0.0 ?x160)))
 (not $x688)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x493 (/ ?x436 exp!1)))
 (let ((?x554 (+ 1.0 ?x493)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x155 (/ ?x55 exp!1)))
 (let ((?x160 (+ ?x155 ?x554)))
 (let (($x688 (= 0.0 ?x160)))
 (not $x688)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x493 (/ ?x436 exp!1)))
 (let ((?x554 (+ 1.0 ?x493)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x155 (/ ?x55 exp!1)))
 (let ((?x160 (+ ?x155 ?x554)))
 (let (($x688 (= 0.0 ?x160)))
 (not $x688)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x493 (/ ?x436 exp!1)))
 (let ((?x554 (+ 1.0 ?x493)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x155 (/ ?x55 exp!1)))
 (let ((?x160 (+ ?x155 ?x554)))
 (let ((?x228 (/ 1.0 ?x160)))
 (let ((?x434 (- ?x228)))
 (let ((?x391 (* 0.0 ?x434)))
 (let ((?x363 (+ 1.0 ?x434)))
 (let ((?x557 (+ ?x363 ?x391)))
 (let ((?x573 (+ ?x391 ?x557)))
 (let ((?x888 (/ 1.0 exp!6)))
 (let ((?x581 (* ?x888 ?x573)))
 (let ((?x154 (* ?x573 ?x581)))
 (let ((?x162 (/ 1.0 (* ?x160 ?x160))))
 (let ((?x423 (- ?x162)))
 (let ((?x651 (+ ?x228 ?x423)))
 (let ((?x210 (- ?x651)))
 (let ((?x290 (* 0.0 ?x210)))
 (let ((?x881 (+ ?x210 ?x290)))
 (let ((?x432 (+ ?x290 ?x881)))
 (let ((?x712 (* ?x432 ?x888)))
 (let ((?x633 (+ ?x712 ?x154)))
 (let ((?x388 (* 0.0 ?x363)))
 (let ((?x435 (+ ?x434 ?x388)))
 (let ((?x411 (+ ?x391 ?x435)))
 (let ((?x196 (/ ?x493 exp!6)))
 (let ((?x303 (* ?x196 ?x411)))
 (let ((?x553 (* ?x411 ?x303)))
 (let ((?x420 (* ?x196 ?x432)))
 (let ((?x340 (+ ?x420 ?x553)))
 (let ((?x378 (+ ?x340 ?x633)))
 (let ((?x385 (+ ?x388 ?x391)))
 (let ((?x366 (+ ?x434 ?x385)))
 (let ((?x407 (/ ?x155 exp!6)))
 (let ((?x317 (* ?x407 ?x366)))
 (let ((?x895 (* ?x366 ?x317)))
 (let ((?x398 (+ ?x290 ?x290)))
 (let ((?x894 (+ ?x210 ?x398)))
 (let ((?x445 (* ?x407 ?x894)))
 (let ((?x457 (+ ?x445 ?x895)))
 (let ((?x877 (+ ?x457 ?x378)))
 (or (and (distinct 0.0 ?x877) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (=> (> ?x611 0.0) (= exp!5 ?x611)))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
(let ((?x493 (/ ?x436 exp!1)))
(let ((?x554 (+ 1.0 ?x493)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x155 (/ ?x55 exp!1)))
(let ((?x160 (+ ?x155 ?x554)))
(=> (> ?x160 0.0) (= exp!6 ?x160)))))))))
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
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (< 0.0 ?x611))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x496 (= 0.0 ?x611)))
 (not $x496)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x496 (= 0.0 ?x611)))
 (not $x496)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x496 (= 0.0 ?x611)))
 (not $x496)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x496 (= 0.0 ?x611)))
 (not $x496)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x496 (= 0.0 ?x611)))
 (not $x496)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let ((?x230 (/ ?x146 ?x611)))
 (let ((?x330 (- ?x230)))
 (let ((?x329 (* 0.0 ?x330)))
 (let ((?x331 (+ 1.0 ?x330)))
 (let ((?x306 (+ ?x331 ?x329)))
 (let ((?x401 (+ ?x329 ?x306)))
 (let ((?x173 (/ ?x146 exp!5)))
 (let ((?x412 (* ?x173 ?x401)))
 (let ((?x365 (* ?x401 ?x412)))
 (let ((?x191 (- ?x146)))
 (let ((?x194 (* ?x146 ?x191)))
 (let ((?x199 (/ 1.0 (* ?x611 ?x611))))
 (let ((?x200 (* ?x199 ?x194)))
 (let ((?x195 (+ ?x230 ?x200)))
 (let ((?x201 (- ?x195)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x218 (+ ?x201 ?x202)))
 (let ((?x219 (+ ?x202 ?x218)))
 (let ((?x305 (* ?x219 ?x173)))
 (let ((?x406 (+ ?x305 ?x365)))
 (let ((?x328 (* 0.0 ?x331)))
 (let ((?x372 (+ ?x330 ?x328)))
 (let ((?x373 (+ ?x329 ?x372)))
 (let ((?x359 (/ ?x601 exp!5)))
 (let ((?x370 (* ?x359 ?x373)))
 (let ((?x371 (* ?x373 ?x370)))
 (let ((?x360 (* ?x359 ?x219)))
 (let ((?x170 (+ ?x360 ?x371)))
 (let ((?x416 (+ ?x170 ?x406)))
 (let ((?x180 (+ ?x328 ?x329)))
 (let ((?x183 (+ ?x330 ?x180)))
 (let ((?x319 (/ 1.0 exp!5)))
 (let ((?x241 (* ?x319 ?x183)))
 (let ((?x237 (* ?x183 ?x241)))
 (let ((?x231 (+ ?x202 ?x202)))
 (let ((?x232 (+ ?x201 ?x231)))
 (let ((?x320 (* ?x319 ?x232)))
 (let ((?x242 (+ ?x320 ?x237)))
 (let ((?x418 (+ ?x242 ?x416)))
 (or (and (distinct 0.0 ?x418) true))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (=> (> ?x611 0.0) (= exp!5 ?x611)))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
(let ((?x493 (/ ?x436 exp!1)))
(let ((?x554 (+ 1.0 ?x493)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x155 (/ ?x55 exp!1)))
(let ((?x160 (+ ?x155 ?x554)))
(=> (> ?x160 0.0) (= exp!6 ?x160)))))))))
(check-sat)
(pop 1)
