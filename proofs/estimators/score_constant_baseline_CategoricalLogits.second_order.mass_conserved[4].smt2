; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[4]', verdict proved
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
 (let ((?x295 (+ ?x331 ?x329)))
 (let ((?x297 (+ ?x329 ?x295)))
 (let ((?x293 (/ ?x146 exp!5)))
 (let ((?x421 (* ?x293 ?x297)))
 (let ((?x423 (* ?x297 ?x421)))
 (let ((?x191 (- ?x146)))
 (let ((?x194 (* ?x146 ?x191)))
 (let ((?x199 (/ 1.0 (* ?x611 ?x611))))
 (let ((?x200 (* ?x199 ?x194)))
 (let ((?x195 (+ ?x230 ?x200)))
 (let ((?x201 (- ?x195)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x218 (+ ?x201 ?x202)))
 (let ((?x219 (+ ?x202 ?x218)))
 (let ((?x294 (* ?x219 ?x293)))
 (let ((?x425 (+ ?x294 ?x423)))
 (let ((?x328 (* 0.0 ?x331)))
 (let ((?x172 (+ ?x330 ?x328)))
 (let ((?x173 (+ ?x329 ?x172)))
 (let ((?x170 (/ ?x601 exp!5)))
 (let ((?x305 (* ?x170 ?x173)))
 (let ((?x306 (* ?x173 ?x305)))
 (let ((?x171 (* ?x170 ?x219)))
 (let ((?x164 (+ ?x171 ?x306)))
 (let ((?x300 (+ ?x164 ?x425)))
 (let ((?x180 (+ ?x328 ?x329)))
 (let ((?x183 (+ ?x330 ?x180)))
 (let ((?x319 (/ 1.0 exp!5)))
 (let ((?x241 (* ?x319 ?x183)))
 (let ((?x237 (* ?x183 ?x241)))
 (let ((?x231 (+ ?x202 ?x202)))
 (let ((?x232 (+ ?x201 ?x231)))
 (let ((?x320 (* ?x319 ?x232)))
 (let ((?x242 (+ ?x320 ?x237)))
 (let ((?x301 (+ ?x242 ?x300)))
 (or (and (distinct 0.0 ?x301) true)))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x436 exp!1)))
 (let ((?x398 (+ 1.0 ?x698)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x875 (/ ?x55 exp!1)))
 (let ((?x269 (+ ?x875 ?x398)))
 (< 0.0 ?x269))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x436 exp!1)))
 (let ((?x398 (+ 1.0 ?x698)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x875 (/ ?x55 exp!1)))
 (let ((?x269 (+ ?x875 ?x398)))
 (let (($x372 (= 0.0 ?x269)))
 (not $x372)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x436 exp!1)))
 (let ((?x398 (+ 1.0 ?x698)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x875 (/ ?x55 exp!1)))
 (let ((?x269 (+ ?x875 ?x398)))
 (let (($x372 (= 0.0 ?x269)))
 (not $x372)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x436 exp!1)))
 (let ((?x398 (+ 1.0 ?x698)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x875 (/ ?x55 exp!1)))
 (let ((?x269 (+ ?x875 ?x398)))
 (let (($x372 (= 0.0 ?x269)))
 (not $x372)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x436 exp!1)))
 (let ((?x398 (+ 1.0 ?x698)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x875 (/ ?x55 exp!1)))
 (let ((?x269 (+ ?x875 ?x398)))
 (let (($x372 (= 0.0 ?x269)))
 (not $x372)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x436 exp!1)))
 (let ((?x398 (+ 1.0 ?x698)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x875 (/ ?x55 exp!1)))
 (let ((?x269 (+ ?x875 ?x398)))
 (let (($x372 (= 0.0 ?x269)))
 (not $x372)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x436 exp!1)))
 (let ((?x398 (+ 1.0 ?x698)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x875 (/ ?x55 exp!1)))
 (let ((?x269 (+ ?x875 ?x398)))
 (let ((?x347 (/ 1.0 ?x269)))
 (let ((?x581 (- ?x347)))
 (let ((?x381 (* 0.0 ?x581)))
 (let ((?x666 (+ 1.0 ?x581)))
 (let ((?x695 (+ ?x666 ?x381)))
 (let ((?x654 (+ ?x381 ?x695)))
 (let ((?x887 (/ 1.0 exp!6)))
 (let ((?x681 (* ?x887 ?x654)))
 (let ((?x554 (* ?x654 ?x681)))
 (let ((?x657 (/ 1.0 (* ?x269 ?x269))))
 (let ((?x511 (- ?x657)))
 (let ((?x434 (+ ?x347 ?x511)))
 (let ((?x239 (- ?x434)))
 (let ((?x667 (* 0.0 ?x239)))
 (let ((?x880 (+ ?x239 ?x667)))
 (let ((?x394 (+ ?x667 ?x880)))
 (let ((?x711 (* ?x394 ?x887)))
 (let ((?x494 (+ ?x711 ?x554)))
 (let ((?x392 (* 0.0 ?x666)))
 (let ((?x672 (+ ?x581 ?x392)))
 (let ((?x296 (+ ?x381 ?x672)))
 (let ((?x375 (/ ?x698 exp!6)))
 (let ((?x324 (* ?x375 ?x296)))
 (let ((?x891 (* ?x296 ?x324)))
 (let ((?x188 (* ?x375 ?x394)))
 (let ((?x556 (+ ?x188 ?x891)))
 (let ((?x156 (+ ?x556 ?x494)))
 (let ((?x303 (+ ?x392 ?x381)))
 (let ((?x235 (+ ?x581 ?x303)))
 (let ((?x655 (/ ?x875 exp!6)))
 (let ((?x490 (* ?x655 ?x235)))
 (let ((?x894 (* ?x235 ?x490)))
 (let ((?x290 (+ ?x667 ?x667)))
 (let ((?x893 (+ ?x239 ?x290)))
 (let ((?x287 (* ?x655 ?x893)))
 (let ((?x407 (+ ?x287 ?x894)))
 (let ((?x876 (+ ?x407 ?x156)))
 (or (and (distinct 0.0 ?x876) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (=> (> ?x611 0.0) (= exp!5 ?x611)))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
(let ((?x698 (/ ?x436 exp!1)))
(let ((?x398 (+ 1.0 ?x698)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x875 (/ ?x55 exp!1)))
(let ((?x269 (+ ?x875 ?x398)))
(=> (> ?x269 0.0) (= exp!6 ?x269)))))))))
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
 (let ((?x295 (+ ?x331 ?x329)))
 (let ((?x297 (+ ?x329 ?x295)))
 (let ((?x293 (/ ?x146 exp!5)))
 (let ((?x421 (* ?x293 ?x297)))
 (let ((?x423 (* ?x297 ?x421)))
 (let ((?x191 (- ?x146)))
 (let ((?x194 (* ?x146 ?x191)))
 (let ((?x199 (/ 1.0 (* ?x611 ?x611))))
 (let ((?x200 (* ?x199 ?x194)))
 (let ((?x195 (+ ?x230 ?x200)))
 (let ((?x201 (- ?x195)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x218 (+ ?x201 ?x202)))
 (let ((?x219 (+ ?x202 ?x218)))
 (let ((?x294 (* ?x219 ?x293)))
 (let ((?x425 (+ ?x294 ?x423)))
 (let ((?x328 (* 0.0 ?x331)))
 (let ((?x172 (+ ?x330 ?x328)))
 (let ((?x173 (+ ?x329 ?x172)))
 (let ((?x170 (/ ?x601 exp!5)))
 (let ((?x305 (* ?x170 ?x173)))
 (let ((?x306 (* ?x173 ?x305)))
 (let ((?x171 (* ?x170 ?x219)))
 (let ((?x164 (+ ?x171 ?x306)))
 (let ((?x300 (+ ?x164 ?x425)))
 (let ((?x180 (+ ?x328 ?x329)))
 (let ((?x183 (+ ?x330 ?x180)))
 (let ((?x319 (/ 1.0 exp!5)))
 (let ((?x241 (* ?x319 ?x183)))
 (let ((?x237 (* ?x183 ?x241)))
 (let ((?x231 (+ ?x202 ?x202)))
 (let ((?x232 (+ ?x201 ?x231)))
 (let ((?x320 (* ?x319 ?x232)))
 (let ((?x242 (+ ?x320 ?x237)))
 (let ((?x301 (+ ?x242 ?x300)))
 (or (and (distinct 0.0 ?x301) true))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x436 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (=> (> ?x611 0.0) (= exp!5 ?x611)))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
(let ((?x698 (/ ?x436 exp!1)))
(let ((?x398 (+ 1.0 ?x698)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x875 (/ ?x55 exp!1)))
(let ((?x269 (+ ?x875 ?x398)))
(=> (> ?x269 0.0) (= exp!6 ?x269)))))))))
(check-sat)
(pop 1)
