; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[4]', verdict proved
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
 (let ((?x378 (+ ?x331 ?x329)))
 (let ((?x170 (+ ?x329 ?x378)))
 (let ((?x366 (/ ?x146 exp!5)))
 (let ((?x171 (* ?x366 ?x170)))
 (let ((?x172 (* ?x170 ?x171)))
 (let ((?x191 (- ?x146)))
 (let ((?x194 (* ?x146 ?x191)))
 (let ((?x199 (/ 1.0 (* ?x611 ?x611))))
 (let ((?x200 (* ?x199 ?x194)))
 (let ((?x195 (+ ?x230 ?x200)))
 (let ((?x201 (- ?x195)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x392 (+ ?x201 ?x202)))
 (let ((?x365 (+ ?x202 ?x392)))
 (let ((?x376 (* ?x365 ?x366)))
 (let ((?x173 (+ ?x376 ?x172)))
 (let ((?x328 (* 0.0 ?x331)))
 (let ((?x398 (+ ?x330 ?x328)))
 (let ((?x204 (+ ?x329 ?x398)))
 (let ((?x386 (/ ?x601 exp!5)))
 (let ((?x185 (* ?x386 ?x204)))
 (let ((?x218 (* ?x204 ?x185)))
 (let ((?x396 (* ?x386 ?x365)))
 (let ((?x219 (+ ?x396 ?x218)))
 (let ((?x305 (+ ?x219 ?x173)))
 (let ((?x180 (+ ?x328 ?x329)))
 (let ((?x183 (+ ?x330 ?x180)))
 (let ((?x319 (/ 1.0 exp!5)))
 (let ((?x241 (* ?x319 ?x183)))
 (let ((?x237 (* ?x183 ?x241)))
 (let ((?x231 (+ ?x202 ?x202)))
 (let ((?x232 (+ ?x201 ?x231)))
 (let ((?x320 (* ?x319 ?x232)))
 (let ((?x242 (+ ?x320 ?x237)))
 (let ((?x306 (+ ?x242 ?x305)))
 (or (and (distinct 0.0 ?x306) true)))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x149 (/ ?x436 exp!1)))
 (let ((?x417 (+ 1.0 ?x149)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x589 (/ ?x55 exp!1)))
 (let ((?x260 (+ ?x589 ?x417)))
 (< 0.0 ?x260))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x149 (/ ?x436 exp!1)))
 (let ((?x417 (+ 1.0 ?x149)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x589 (/ ?x55 exp!1)))
 (let ((?x260 (+ ?x589 ?x417)))
 (let (($x318 (= 0.0 ?x260)))
 (not $x318)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x149 (/ ?x436 exp!1)))
 (let ((?x417 (+ 1.0 ?x149)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x589 (/ ?x55 exp!1)))
 (let ((?x260 (+ ?x589 ?x417)))
 (let (($x318 (= 0.0 ?x260)))
 (not $x318)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x149 (/ ?x436 exp!1)))
 (let ((?x417 (+ 1.0 ?x149)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x589 (/ ?x55 exp!1)))
 (let ((?x260 (+ ?x589 ?x417)))
 (let (($x318 (= 0.0 ?x260)))
 (not $x318)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x149 (/ ?x436 exp!1)))
 (let ((?x417 (+ 1.0 ?x149)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x589 (/ ?x55 exp!1)))
 (let ((?x260 (+ ?x589 ?x417)))
 (let (($x318 (= 0.0 ?x260)))
 (not $x318)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x149 (/ ?x436 exp!1)))
 (let ((?x417 (+ 1.0 ?x149)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x589 (/ ?x55 exp!1)))
 (let ((?x260 (+ ?x589 ?x417)))
 (let (($x318 (= 0.0 ?x260)))
 (not $x318)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x149 (/ ?x436 exp!1)))
 (let ((?x417 (+ 1.0 ?x149)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x589 (/ ?x55 exp!1)))
 (let ((?x260 (+ ?x589 ?x417)))
 (let ((?x428 (/ 1.0 ?x260)))
 (let ((?x573 (- ?x428)))
 (let ((?x571 (* 0.0 ?x573)))
 (let ((?x569 (+ 1.0 ?x573)))
 (let ((?x635 (+ ?x569 ?x571)))
 (let ((?x278 (+ ?x571 ?x635)))
 (let ((?x882 (/ 1.0 exp!6)))
 (let ((?x217 (* ?x882 ?x278)))
 (let ((?x147 (* ?x278 ?x217)))
 (let ((?x155 (/ 1.0 (* ?x260 ?x260))))
 (let ((?x652 (- ?x155)))
 (let ((?x162 (+ ?x428 ?x652)))
 (let ((?x235 (- ?x162)))
 (let ((?x581 (* 0.0 ?x235)))
 (let ((?x875 (+ ?x235 ?x581)))
 (let ((?x225 (+ ?x581 ?x875)))
 (let ((?x704 (* ?x225 ?x882)))
 (let ((?x454 (+ ?x704 ?x147)))
 (let ((?x203 (* 0.0 ?x569)))
 (let ((?x309 (+ ?x573 ?x203)))
 (let ((?x337 (+ ?x571 ?x309)))
 (let ((?x559 (/ ?x149 exp!6)))
 (let ((?x464 (* ?x559 ?x337)))
 (let ((?x886 (* ?x337 ?x464)))
 (let ((?x870 (* ?x559 ?x225)))
 (let ((?x666 (+ ?x870 ?x886)))
 (let ((?x660 (+ ?x666 ?x454)))
 (let ((?x548 (+ ?x203 ?x571)))
 (let ((?x385 (+ ?x573 ?x548)))
 (let ((?x153 (/ ?x589 exp!6)))
 (let ((?x489 (* ?x153 ?x385)))
 (let ((?x889 (* ?x385 ?x489)))
 (let ((?x391 (+ ?x581 ?x581)))
 (let ((?x888 (+ ?x235 ?x391)))
 (let ((?x475 (* ?x153 ?x888)))
 (let ((?x640 (+ ?x475 ?x889)))
 (let ((?x871 (+ ?x640 ?x660)))
 (or (and (distinct 0.0 ?x871) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (=> (> ?x611 0.0) (= exp!5 ?x611)))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
(let ((?x149 (/ ?x436 exp!1)))
(let ((?x417 (+ 1.0 ?x149)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x589 (/ ?x55 exp!1)))
(let ((?x260 (+ ?x589 ?x417)))
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
 (let ((?x378 (+ ?x331 ?x329)))
 (let ((?x170 (+ ?x329 ?x378)))
 (let ((?x366 (/ ?x146 exp!5)))
 (let ((?x171 (* ?x366 ?x170)))
 (let ((?x172 (* ?x170 ?x171)))
 (let ((?x191 (- ?x146)))
 (let ((?x194 (* ?x146 ?x191)))
 (let ((?x199 (/ 1.0 (* ?x611 ?x611))))
 (let ((?x200 (* ?x199 ?x194)))
 (let ((?x195 (+ ?x230 ?x200)))
 (let ((?x201 (- ?x195)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x392 (+ ?x201 ?x202)))
 (let ((?x365 (+ ?x202 ?x392)))
 (let ((?x376 (* ?x365 ?x366)))
 (let ((?x173 (+ ?x376 ?x172)))
 (let ((?x328 (* 0.0 ?x331)))
 (let ((?x398 (+ ?x330 ?x328)))
 (let ((?x204 (+ ?x329 ?x398)))
 (let ((?x386 (/ ?x601 exp!5)))
 (let ((?x185 (* ?x386 ?x204)))
 (let ((?x218 (* ?x204 ?x185)))
 (let ((?x396 (* ?x386 ?x365)))
 (let ((?x219 (+ ?x396 ?x218)))
 (let ((?x305 (+ ?x219 ?x173)))
 (let ((?x180 (+ ?x328 ?x329)))
 (let ((?x183 (+ ?x330 ?x180)))
 (let ((?x319 (/ 1.0 exp!5)))
 (let ((?x241 (* ?x319 ?x183)))
 (let ((?x237 (* ?x183 ?x241)))
 (let ((?x231 (+ ?x202 ?x202)))
 (let ((?x232 (+ ?x201 ?x231)))
 (let ((?x320 (* ?x319 ?x232)))
 (let ((?x242 (+ ?x320 ?x237)))
 (let ((?x306 (+ ?x242 ?x305)))
 (or (and (distinct 0.0 ?x306) true))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (=> (> ?x611 0.0) (= exp!5 ?x611)))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
(let ((?x149 (/ ?x436 exp!1)))
(let ((?x417 (+ 1.0 ?x149)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x589 (/ ?x55 exp!1)))
(let ((?x260 (+ ?x589 ?x417)))
(=> (> ?x260 0.0) (= exp!6 ?x260)))))))))
(check-sat)
(pop 1)
