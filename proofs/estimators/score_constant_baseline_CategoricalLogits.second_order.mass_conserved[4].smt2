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
(declare-fun log!312 () Real)
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
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
 (let ((?x134 (* ?x133 ?x123)))
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
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
(declare-fun log!312 () Real)
(declare-fun log!537 () Real)
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
 (let (($x609 (= 0.0 ?x611)))
 (not $x609))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x601 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x609 (= 0.0 ?x611)))
 (not $x609))))))))
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
 (let (($x609 (= 0.0 ?x611)))
 (not $x609))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x601 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x609 (= 0.0 ?x611)))
 (not $x609))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x601 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x609 (= 0.0 ?x611)))
 (not $x609))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x601 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let ((?x230 (/ ?x146 ?x611)))
 (let ((?x319 (- ?x230)))
 (let ((?x331 (* 0.0 ?x319)))
 (let ((?x320 (+ 1.0 ?x319)))
 (let ((?x376 (+ ?x320 ?x331)))
 (let ((?x378 (+ ?x331 ?x376)))
 (let ((?x365 (/ ?x146 exp!5)))
 (let ((?x185 (* ?x365 ?x378)))
 (let ((?x218 (* ?x378 ?x185)))
 (let ((?x191 (- ?x146)))
 (let ((?x194 (* ?x146 ?x191)))
 (let ((?x199 (/ 1.0 (* ?x611 ?x611))))
 (let ((?x200 (* ?x199 ?x194)))
 (let ((?x195 (+ ?x230 ?x200)))
 (let ((?x201 (- ?x195)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x357 (+ ?x201 ?x202)))
 (let ((?x358 (+ ?x202 ?x357)))
 (let ((?x366 (* ?x365 ?x358)))
 (let ((?x219 (+ ?x366 ?x218)))
 (let ((?x330 (* 0.0 ?x320)))
 (let ((?x244 (+ ?x319 ?x330)))
 (let ((?x245 (+ ?x331 ?x244)))
 (let ((?x204 (/ ?x601 exp!5)))
 (let ((?x237 (* ?x204 ?x245)))
 (let ((?x207 (* ?x245 ?x237)))
 (let ((?x243 (* ?x204 ?x358)))
 (let ((?x238 (+ ?x243 ?x207)))
 (let ((?x170 (+ ?x238 ?x219)))
 (let ((?x328 (+ ?x330 ?x331)))
 (let ((?x329 (+ ?x319 ?x328)))
 (let ((?x421 (/ 1.0 exp!5)))
 (let ((?x181 (* ?x421 ?x329)))
 (let ((?x178 (* ?x329 ?x181)))
 (let ((?x231 (+ ?x202 ?x202)))
 (let ((?x232 (+ ?x201 ?x231)))
 (let ((?x422 (* ?x421 ?x232)))
 (let ((?x359 (+ ?x422 ?x178)))
 (let ((?x171 (+ ?x359 ?x170)))
 (or (and (distinct 0.0 ?x171) true)))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!537 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!537) (< exp!1 exp!5)))
(assert
 (= (< log!537 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!537) (< exp!2 exp!5)))
(assert
 (= (< log!537 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!537) (< exp!3 exp!5)))
(assert
 (= (< log!537 log!312) (< exp!5 exp!4)))
(assert
 (= (< log!312 log!537) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!537 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!537)))
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
(declare-fun log!312 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!537 () Real)
(declare-fun log!762 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x492 (/ ?x437 exp!1)))
 (let ((?x155 (+ 1.0 ?x492)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x262 (/ ?x55 exp!1)))
 (let ((?x227 (+ ?x262 ?x155)))
 (let (($x223 (= 0.0 ?x227)))
 (not $x223)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x492 (/ ?x437 exp!1)))
 (let ((?x155 (+ 1.0 ?x492)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x262 (/ ?x55 exp!1)))
 (let ((?x227 (+ ?x262 ?x155)))
 (let (($x223 (= 0.0 ?x227)))
 (not $x223)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x492 (/ ?x437 exp!1)))
 (let ((?x155 (+ 1.0 ?x492)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x262 (/ ?x55 exp!1)))
 (let ((?x227 (+ ?x262 ?x155)))
 (< 0.0 ?x227))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x492 (/ ?x437 exp!1)))
 (let ((?x155 (+ 1.0 ?x492)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x262 (/ ?x55 exp!1)))
 (let ((?x227 (+ ?x262 ?x155)))
 (let (($x223 (= 0.0 ?x227)))
 (not $x223)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x492 (/ ?x437 exp!1)))
 (let ((?x155 (+ 1.0 ?x492)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x262 (/ ?x55 exp!1)))
 (let ((?x227 (+ ?x262 ?x155)))
 (let (($x223 (= 0.0 ?x227)))
 (not $x223)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x492 (/ ?x437 exp!1)))
 (let ((?x155 (+ 1.0 ?x492)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x262 (/ ?x55 exp!1)))
 (let ((?x227 (+ ?x262 ?x155)))
 (let (($x223 (= 0.0 ?x227)))
 (not $x223)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x492 (/ ?x437 exp!1)))
 (let ((?x155 (+ 1.0 ?x492)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x262 (/ ?x55 exp!1)))
 (let ((?x227 (+ ?x262 ?x155)))
 (let ((?x302 (/ 1.0 ?x227)))
 (let ((?x324 (- ?x302)))
 (let ((?x672 (* 0.0 ?x324)))
 (let ((?x429 (+ 1.0 ?x324)))
 (let ((?x557 (+ ?x429 ?x672)))
 (let ((?x540 (+ ?x672 ?x557)))
 (let ((?x888 (/ 1.0 exp!6)))
 (let ((?x573 (* ?x888 ?x540)))
 (let ((?x356 (* ?x540 ?x573)))
 (let ((?x369 (/ 1.0 (* ?x227 ?x227))))
 (let ((?x560 (- ?x369)))
 (let ((?x310 (+ ?x302 ?x560)))
 (let ((?x416 (- ?x310)))
 (let ((?x431 (* 0.0 ?x416)))
 (let ((?x881 (+ ?x416 ?x431)))
 (let ((?x258 (+ ?x431 ?x881)))
 (let ((?x712 (* ?x888 ?x258)))
 (let ((?x507 (+ ?x712 ?x356)))
 (let ((?x663 (* 0.0 ?x429)))
 (let ((?x631 (+ ?x324 ?x663)))
 (let ((?x508 (+ ?x672 ?x631)))
 (let ((?x489 (/ ?x492 exp!6)))
 (let ((?x288 (* ?x489 ?x508)))
 (let ((?x548 (* ?x508 ?x288)))
 (let ((?x415 (* ?x489 ?x258)))
 (let ((?x562 (+ ?x415 ?x548)))
 (let ((?x683 (+ ?x562 ?x507)))
 (let ((?x311 (+ ?x663 ?x672)))
 (let ((?x147 (+ ?x324 ?x311)))
 (let ((?x213 (/ ?x262 exp!6)))
 (let ((?x355 (* ?x213 ?x147)))
 (let ((?x895 (* ?x147 ?x355)))
 (let ((?x451 (+ ?x431 ?x431)))
 (let ((?x894 (+ ?x416 ?x451)))
 (let ((?x350 (* ?x213 ?x894)))
 (let ((?x646 (+ ?x350 ?x895)))
 (let ((?x877 (+ ?x646 ?x683)))
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!537 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!537) (< exp!1 exp!5)))
(assert
 (= (< log!537 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!537) (< exp!2 exp!5)))
(assert
 (= (< log!537 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!537) (< exp!3 exp!5)))
(assert
 (= (< log!537 log!312) (< exp!5 exp!4)))
(assert
 (= (< log!312 log!537) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!537 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!537)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x437 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (=> (> ?x611 0.0) (= exp!5 ?x611)))))))))
(assert
 (= (< log!762 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!762) (< exp!1 exp!6)))
(assert
 (= (< log!762 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!762) (< exp!2 exp!6)))
(assert
 (= (< log!762 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!762) (< exp!3 exp!6)))
(assert
 (= (< log!762 log!312) (< exp!6 exp!4)))
(assert
 (= (< log!312 log!762) (< exp!4 exp!6)))
(assert
 (= (< log!762 log!537) (< exp!6 exp!5)))
(assert
 (= (< log!537 log!762) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!762 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!762)))
(assert
 (let ((?x437 (* 1.0 exp!2)))
(let ((?x492 (/ ?x437 exp!1)))
(let ((?x155 (+ 1.0 ?x492)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x262 (/ ?x55 exp!1)))
(let ((?x227 (+ ?x262 ?x155)))
(=> (> ?x227 0.0) (= exp!6 ?x227)))))))))
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
(declare-fun log!312 () Real)
(declare-fun log!537 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!762 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x437 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x609 (= 0.0 ?x611)))
 (not $x609)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x437 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x609 (= 0.0 ?x611)))
 (not $x609)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x437 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (< 0.0 ?x611))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x437 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x609 (= 0.0 ?x611)))
 (not $x609)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x437 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x609 (= 0.0 ?x611)))
 (not $x609)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x437 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let (($x609 (= 0.0 ?x611)))
 (not $x609)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x437 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (let ((?x230 (/ ?x146 ?x611)))
 (let ((?x319 (- ?x230)))
 (let ((?x331 (* 0.0 ?x319)))
 (let ((?x320 (+ 1.0 ?x319)))
 (let ((?x376 (+ ?x320 ?x331)))
 (let ((?x378 (+ ?x331 ?x376)))
 (let ((?x365 (/ ?x146 exp!5)))
 (let ((?x185 (* ?x365 ?x378)))
 (let ((?x218 (* ?x378 ?x185)))
 (let ((?x191 (- ?x146)))
 (let ((?x194 (* ?x146 ?x191)))
 (let ((?x199 (/ 1.0 (* ?x611 ?x611))))
 (let ((?x200 (* ?x199 ?x194)))
 (let ((?x195 (+ ?x230 ?x200)))
 (let ((?x201 (- ?x195)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x357 (+ ?x201 ?x202)))
 (let ((?x358 (+ ?x202 ?x357)))
 (let ((?x366 (* ?x365 ?x358)))
 (let ((?x219 (+ ?x366 ?x218)))
 (let ((?x330 (* 0.0 ?x320)))
 (let ((?x244 (+ ?x319 ?x330)))
 (let ((?x245 (+ ?x331 ?x244)))
 (let ((?x204 (/ ?x601 exp!5)))
 (let ((?x237 (* ?x204 ?x245)))
 (let ((?x207 (* ?x245 ?x237)))
 (let ((?x243 (* ?x204 ?x358)))
 (let ((?x238 (+ ?x243 ?x207)))
 (let ((?x170 (+ ?x238 ?x219)))
 (let ((?x328 (+ ?x330 ?x331)))
 (let ((?x329 (+ ?x319 ?x328)))
 (let ((?x421 (/ 1.0 exp!5)))
 (let ((?x181 (* ?x421 ?x329)))
 (let ((?x178 (* ?x329 ?x181)))
 (let ((?x231 (+ ?x202 ?x202)))
 (let ((?x232 (+ ?x201 ?x231)))
 (let ((?x422 (* ?x421 ?x232)))
 (let ((?x359 (+ ?x422 ?x178)))
 (let ((?x171 (+ ?x359 ?x170)))
 (or (and (distinct 0.0 ?x171) true))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!537 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!537) (< exp!1 exp!5)))
(assert
 (= (< log!537 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!537) (< exp!2 exp!5)))
(assert
 (= (< log!537 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!537) (< exp!3 exp!5)))
(assert
 (= (< log!537 log!312) (< exp!5 exp!4)))
(assert
 (= (< log!312 log!537) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!537 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!537)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x437 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (=> (> ?x611 0.0) (= exp!5 ?x611)))))))))
(assert
 (= (< log!762 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!762) (< exp!1 exp!6)))
(assert
 (= (< log!762 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!762) (< exp!2 exp!6)))
(assert
 (= (< log!762 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!762) (< exp!3 exp!6)))
(assert
 (= (< log!762 log!312) (< exp!6 exp!4)))
(assert
 (= (< log!312 log!762) (< exp!4 exp!6)))
(assert
 (= (< log!762 log!537) (< exp!6 exp!5)))
(assert
 (= (< log!537 log!762) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!762 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!762)))
(assert
 (let ((?x437 (* 1.0 exp!2)))
(let ((?x492 (/ ?x437 exp!1)))
(let ((?x155 (+ 1.0 ?x492)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x262 (/ ?x55 exp!1)))
(let ((?x227 (+ ?x262 ?x155)))
(=> (> ?x227 0.0) (= exp!6 ?x227)))))))))
(check-sat)
(pop 1)
