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
 (let ((?x164 (+ ?x329 ?x306)))
 (let ((?x173 (/ ?x146 exp!5)))
 (let ((?x165 (* ?x173 ?x164)))
 (let ((?x289 (* ?x164 ?x165)))
 (let ((?x191 (- ?x146)))
 (let ((?x194 (* ?x146 ?x191)))
 (let ((?x199 (/ 1.0 (* ?x611 ?x611))))
 (let ((?x200 (* ?x199 ?x194)))
 (let ((?x195 (+ ?x230 ?x200)))
 (let ((?x201 (- ?x195)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x402 (+ ?x201 ?x202)))
 (let ((?x403 (+ ?x202 ?x402)))
 (let ((?x305 (* ?x403 ?x173)))
 (let ((?x293 (+ ?x305 ?x289)))
 (let ((?x328 (* 0.0 ?x331)))
 (let ((?x204 (+ ?x330 ?x328)))
 (let ((?x185 (+ ?x329 ?x204)))
 (let ((?x399 (/ ?x601 exp!5)))
 (let ((?x218 (* ?x399 ?x185)))
 (let ((?x219 (* ?x185 ?x218)))
 (let ((?x400 (* ?x399 ?x403)))
 (let ((?x170 (+ ?x400 ?x219)))
 (let ((?x294 (+ ?x170 ?x293)))
 (let ((?x180 (+ ?x328 ?x329)))
 (let ((?x183 (+ ?x330 ?x180)))
 (let ((?x319 (/ 1.0 exp!5)))
 (let ((?x241 (* ?x319 ?x183)))
 (let ((?x237 (* ?x183 ?x241)))
 (let ((?x231 (+ ?x202 ?x202)))
 (let ((?x232 (+ ?x201 ?x231)))
 (let ((?x320 (* ?x319 ?x232)))
 (let ((?x242 (+ ?x320 ?x237)))
 (let ((?x295 (+ ?x242 ?x294)))
 (or (and (distinct 0.0 ?x295) true)))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x561 (/ ?x436 exp!1)))
 (let ((?x461 (+ 1.0 ?x561)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x671 (/ ?x55 exp!1)))
 (let ((?x548 (+ ?x671 ?x461)))
 (< 0.0 ?x548))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x561 (/ ?x436 exp!1)))
 (let ((?x461 (+ 1.0 ?x561)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x671 (/ ?x55 exp!1)))
 (let ((?x548 (+ ?x671 ?x461)))
 (let (($x380 (= 0.0 ?x548)))
 (not $x380)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x561 (/ ?x436 exp!1)))
 (let ((?x461 (+ 1.0 ?x561)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x671 (/ ?x55 exp!1)))
 (let ((?x548 (+ ?x671 ?x461)))
 (let (($x380 (= 0.0 ?x548)))
 (not $x380)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x561 (/ ?x436 exp!1)))
 (let ((?x461 (+ 1.0 ?x561)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x671 (/ ?x55 exp!1)))
 (let ((?x548 (+ ?x671 ?x461)))
 (let (($x380 (= 0.0 ?x548)))
 (not $x380)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x561 (/ ?x436 exp!1)))
 (let ((?x461 (+ 1.0 ?x561)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x671 (/ ?x55 exp!1)))
 (let ((?x548 (+ ?x671 ?x461)))
 (let (($x380 (= 0.0 ?x548)))
 (not $x380)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x561 (/ ?x436 exp!1)))
 (let ((?x461 (+ 1.0 ?x561)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x671 (/ ?x55 exp!1)))
 (let ((?x548 (+ ?x671 ?x461)))
 (let (($x380 (= 0.0 ?x548)))
 (not $x380)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x561 (/ ?x436 exp!1)))
 (let ((?x461 (+ 1.0 ?x561)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x671 (/ ?x55 exp!1)))
 (let ((?x548 (+ ?x671 ?x461)))
 (let ((?x353 (/ 1.0 ?x548)))
 (let ((?x540 (- ?x353)))
 (let ((?x203 (* 0.0 ?x540)))
 (let ((?x575 (+ 1.0 ?x540)))
 (let ((?x653 (+ ?x575 ?x203)))
 (let ((?x663 (+ ?x203 ?x653)))
 (let ((?x886 (/ 1.0 exp!6)))
 (let ((?x390 (* ?x886 ?x663)))
 (let ((?x654 (* ?x663 ?x390)))
 (let ((?x648 (/ 1.0 (* ?x548 ?x548))))
 (let ((?x361 (- ?x648)))
 (let ((?x335 (+ ?x353 ?x361)))
 (let ((?x647 (- ?x335)))
 (let ((?x536 (* 0.0 ?x647)))
 (let ((?x879 (+ ?x647 ?x536)))
 (let ((?x620 (+ ?x536 ?x879)))
 (let ((?x713 (* ?x620 ?x886)))
 (let ((?x507 (+ ?x713 ?x654)))
 (let ((?x384 (* 0.0 ?x575)))
 (let ((?x379 (+ ?x540 ?x384)))
 (let ((?x657 (+ ?x203 ?x379)))
 (let ((?x264 (/ ?x561 exp!6)))
 (let ((?x187 (* ?x264 ?x657)))
 (let ((?x542 (* ?x657 ?x187)))
 (let ((?x667 (* ?x264 ?x620)))
 (let ((?x666 (+ ?x667 ?x542)))
 (let ((?x354 (+ ?x666 ?x507)))
 (let ((?x169 (+ ?x384 ?x203)))
 (let ((?x411 (+ ?x540 ?x169)))
 (let ((?x215 (/ ?x671 exp!6)))
 (let ((?x221 (* ?x215 ?x411)))
 (let ((?x893 (* ?x411 ?x221)))
 (let ((?x347 (+ ?x536 ?x536)))
 (let ((?x892 (+ ?x647 ?x347)))
 (let ((?x883 (* ?x215 ?x892)))
 (let ((?x360 (+ ?x883 ?x893)))
 (let ((?x875 (+ ?x360 ?x354)))
 (or (and (distinct 0.0 ?x875) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (=> (> ?x611 0.0) (= exp!5 ?x611)))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
(let ((?x561 (/ ?x436 exp!1)))
(let ((?x461 (+ 1.0 ?x561)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x671 (/ ?x55 exp!1)))
(let ((?x548 (+ ?x671 ?x461)))
(=> (> ?x548 0.0) (= exp!6 ?x548)))))))))
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
 (let ((?x164 (+ ?x329 ?x306)))
 (let ((?x173 (/ ?x146 exp!5)))
 (let ((?x165 (* ?x173 ?x164)))
 (let ((?x289 (* ?x164 ?x165)))
 (let ((?x191 (- ?x146)))
 (let ((?x194 (* ?x146 ?x191)))
 (let ((?x199 (/ 1.0 (* ?x611 ?x611))))
 (let ((?x200 (* ?x199 ?x194)))
 (let ((?x195 (+ ?x230 ?x200)))
 (let ((?x201 (- ?x195)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x402 (+ ?x201 ?x202)))
 (let ((?x403 (+ ?x202 ?x402)))
 (let ((?x305 (* ?x403 ?x173)))
 (let ((?x293 (+ ?x305 ?x289)))
 (let ((?x328 (* 0.0 ?x331)))
 (let ((?x204 (+ ?x330 ?x328)))
 (let ((?x185 (+ ?x329 ?x204)))
 (let ((?x399 (/ ?x601 exp!5)))
 (let ((?x218 (* ?x399 ?x185)))
 (let ((?x219 (* ?x185 ?x218)))
 (let ((?x400 (* ?x399 ?x403)))
 (let ((?x170 (+ ?x400 ?x219)))
 (let ((?x294 (+ ?x170 ?x293)))
 (let ((?x180 (+ ?x328 ?x329)))
 (let ((?x183 (+ ?x330 ?x180)))
 (let ((?x319 (/ 1.0 exp!5)))
 (let ((?x241 (* ?x319 ?x183)))
 (let ((?x237 (* ?x183 ?x241)))
 (let ((?x231 (+ ?x202 ?x202)))
 (let ((?x232 (+ ?x201 ?x231)))
 (let ((?x320 (* ?x319 ?x232)))
 (let ((?x242 (+ ?x320 ?x237)))
 (let ((?x295 (+ ?x242 ?x294)))
 (or (and (distinct 0.0 ?x295) true))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (=> (> ?x611 0.0) (= exp!5 ?x611)))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
(let ((?x561 (/ ?x436 exp!1)))
(let ((?x461 (+ 1.0 ?x561)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x671 (/ ?x55 exp!1)))
(let ((?x548 (+ ?x671 ?x461)))
(=> (> ?x548 0.0) (= exp!6 ?x548)))))))))
(check-sat)
(pop 1)
