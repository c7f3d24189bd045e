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
(declare-fun log!313 () Real)
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
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
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
(declare-fun log!313 () Real)
(declare-fun log!538 () Real)
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
 (let ((?x330 (- ?x230)))
 (let ((?x329 (* 0.0 ?x330)))
 (let ((?x331 (+ 1.0 ?x330)))
 (let ((?x172 (+ ?x331 ?x329)))
 (let ((?x173 (+ ?x329 ?x172)))
 (let ((?x170 (/ ?x146 exp!5)))
 (let ((?x305 (* ?x170 ?x173)))
 (let ((?x306 (* ?x173 ?x305)))
 (let ((?x191 (- ?x146)))
 (let ((?x194 (* ?x146 ?x191)))
 (let ((?x199 (/ 1.0 (* ?x611 ?x611))))
 (let ((?x200 (* ?x199 ?x194)))
 (let ((?x195 (+ ?x230 ?x200)))
 (let ((?x201 (- ?x195)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x238 (+ ?x201 ?x202)))
 (let ((?x239 (+ ?x202 ?x238)))
 (let ((?x171 (* ?x170 ?x239)))
 (let ((?x164 (+ ?x171 ?x306)))
 (let ((?x328 (* 0.0 ?x331)))
 (let ((?x219 (+ ?x330 ?x328)))
 (let ((?x359 (+ ?x329 ?x219)))
 (let ((?x185 (/ ?x601 exp!5)))
 (let ((?x381 (* ?x185 ?x359)))
 (let ((?x382 (* ?x359 ?x381)))
 (let ((?x218 (* ?x185 ?x239)))
 (let ((?x383 (+ ?x218 ?x382)))
 (let ((?x165 (+ ?x383 ?x164)))
 (let ((?x181 (+ ?x328 ?x329)))
 (let ((?x178 (+ ?x330 ?x181)))
 (let ((?x319 (/ 1.0 exp!5)))
 (let ((?x204 (* ?x319 ?x178)))
 (let ((?x243 (* ?x178 ?x204)))
 (let ((?x231 (+ ?x202 ?x202)))
 (let ((?x232 (+ ?x201 ?x231)))
 (let ((?x320 (* ?x319 ?x232)))
 (let ((?x244 (+ ?x320 ?x243)))
 (let ((?x289 (+ ?x244 ?x165)))
 (or (and (distinct 0.0 ?x289) true)))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!538 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!538) (< exp!1 exp!5)))
(assert
 (= (< log!538 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!538) (< exp!2 exp!5)))
(assert
 (= (< log!538 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!538) (< exp!3 exp!5)))
(assert
 (= (< log!538 log!313) (< exp!5 exp!4)))
(assert
 (= (< log!313 log!538) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!538 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!538)))
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
(declare-fun log!313 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!538 () Real)
(declare-fun log!763 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x275 (/ ?x437 exp!1)))
 (let ((?x346 (+ 1.0 ?x275)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x409 (/ ?x55 exp!1)))
 (let ((?x310 (+ ?x409 ?x346)))
 (let (($x285 (= 0.0 ?x310)))
 (not $x285)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x275 (/ ?x437 exp!1)))
 (let ((?x346 (+ 1.0 ?x275)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x409 (/ ?x55 exp!1)))
 (let ((?x310 (+ ?x409 ?x346)))
 (let (($x285 (= 0.0 ?x310)))
 (not $x285)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x275 (/ ?x437 exp!1)))
 (let ((?x346 (+ 1.0 ?x275)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x409 (/ ?x55 exp!1)))
 (let ((?x310 (+ ?x409 ?x346)))
 (< 0.0 ?x310))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x275 (/ ?x437 exp!1)))
 (let ((?x346 (+ 1.0 ?x275)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x409 (/ ?x55 exp!1)))
 (let ((?x310 (+ ?x409 ?x346)))
 (let (($x285 (= 0.0 ?x310)))
 (not $x285)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x275 (/ ?x437 exp!1)))
 (let ((?x346 (+ 1.0 ?x275)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x409 (/ ?x55 exp!1)))
 (let ((?x310 (+ ?x409 ?x346)))
 (let (($x285 (= 0.0 ?x310)))
 (not $x285)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x275 (/ ?x437 exp!1)))
 (let ((?x346 (+ 1.0 ?x275)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x409 (/ ?x55 exp!1)))
 (let ((?x310 (+ ?x409 ?x346)))
 (let (($x285 (= 0.0 ?x310)))
 (not $x285)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x275 (/ ?x437 exp!1)))
 (let ((?x346 (+ 1.0 ?x275)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x409 (/ ?x55 exp!1)))
 (let ((?x310 (+ ?x409 ?x346)))
 (let ((?x161 (/ 1.0 ?x310)))
 (let ((?x460 (- ?x161)))
 (let ((?x661 (* 0.0 ?x460)))
 (let ((?x378 (+ 1.0 ?x460)))
 (let ((?x539 (+ ?x378 ?x661)))
 (let ((?x267 (+ ?x661 ?x539)))
 (let ((?x894 (/ 1.0 exp!6)))
 (let ((?x347 (* ?x894 ?x267)))
 (let ((?x564 (* ?x267 ?x347)))
 (let ((?x205 (/ 1.0 (* ?x310 ?x310))))
 (let ((?x212 (- ?x205)))
 (let ((?x574 (+ ?x161 ?x212)))
 (let ((?x343 (- ?x574)))
 (let ((?x420 (* 0.0 ?x343)))
 (let ((?x887 (+ ?x343 ?x420)))
 (let ((?x385 (+ ?x420 ?x887)))
 (let ((?x721 (* ?x894 ?x385)))
 (let ((?x511 (+ ?x721 ?x564)))
 (let ((?x221 (* 0.0 ?x378)))
 (let ((?x278 (+ ?x460 ?x221)))
 (let ((?x528 (+ ?x661 ?x278)))
 (let ((?x655 (/ ?x275 exp!6)))
 (let ((?x459 (* ?x655 ?x528)))
 (let ((?x884 (* ?x528 ?x459)))
 (let ((?x187 (* ?x655 ?x385)))
 (let ((?x266 (+ ?x187 ?x884)))
 (let ((?x339 (+ ?x266 ?x511)))
 (let ((?x223 (+ ?x221 ?x661)))
 (let ((?x327 (+ ?x460 ?x223)))
 (let ((?x360 (/ ?x409 exp!6)))
 (let ((?x535 (* ?x360 ?x327)))
 (let ((?x901 (* ?x327 ?x535)))
 (let ((?x423 (+ ?x420 ?x420)))
 (let ((?x900 (+ ?x343 ?x423)))
 (let ((?x391 (* ?x360 ?x900)))
 (let ((?x304 (+ ?x391 ?x901)))
 (let ((?x883 (+ ?x304 ?x339)))
 (or (and (distinct 0.0 ?x883) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!538 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!538) (< exp!1 exp!5)))
(assert
 (= (< log!538 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!538) (< exp!2 exp!5)))
(assert
 (= (< log!538 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!538) (< exp!3 exp!5)))
(assert
 (= (< log!538 log!313) (< exp!5 exp!4)))
(assert
 (= (< log!313 log!538) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!538 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!538)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x437 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (=> (> ?x611 0.0) (= exp!5 ?x611)))))))))
(assert
 (= (< log!763 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!763) (< exp!1 exp!6)))
(assert
 (= (< log!763 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!763) (< exp!2 exp!6)))
(assert
 (= (< log!763 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!763) (< exp!3 exp!6)))
(assert
 (= (< log!763 log!313) (< exp!6 exp!4)))
(assert
 (= (< log!313 log!763) (< exp!4 exp!6)))
(assert
 (= (< log!763 log!538) (< exp!6 exp!5)))
(assert
 (= (< log!538 log!763) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!763 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!763)))
(assert
 (let ((?x437 (* 1.0 exp!2)))
(let ((?x275 (/ ?x437 exp!1)))
(let ((?x346 (+ 1.0 ?x275)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x409 (/ ?x55 exp!1)))
(let ((?x310 (+ ?x409 ?x346)))
(=> (> ?x310 0.0) (= exp!6 ?x310)))))))))
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
(declare-fun log!313 () Real)
(declare-fun log!538 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!763 () Real)
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
 (let ((?x330 (- ?x230)))
 (let ((?x329 (* 0.0 ?x330)))
 (let ((?x331 (+ 1.0 ?x330)))
 (let ((?x172 (+ ?x331 ?x329)))
 (let ((?x173 (+ ?x329 ?x172)))
 (let ((?x170 (/ ?x146 exp!5)))
 (let ((?x305 (* ?x170 ?x173)))
 (let ((?x306 (* ?x173 ?x305)))
 (let ((?x191 (- ?x146)))
 (let ((?x194 (* ?x146 ?x191)))
 (let ((?x199 (/ 1.0 (* ?x611 ?x611))))
 (let ((?x200 (* ?x199 ?x194)))
 (let ((?x195 (+ ?x230 ?x200)))
 (let ((?x201 (- ?x195)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x238 (+ ?x201 ?x202)))
 (let ((?x239 (+ ?x202 ?x238)))
 (let ((?x171 (* ?x170 ?x239)))
 (let ((?x164 (+ ?x171 ?x306)))
 (let ((?x328 (* 0.0 ?x331)))
 (let ((?x219 (+ ?x330 ?x328)))
 (let ((?x359 (+ ?x329 ?x219)))
 (let ((?x185 (/ ?x601 exp!5)))
 (let ((?x381 (* ?x185 ?x359)))
 (let ((?x382 (* ?x359 ?x381)))
 (let ((?x218 (* ?x185 ?x239)))
 (let ((?x383 (+ ?x218 ?x382)))
 (let ((?x165 (+ ?x383 ?x164)))
 (let ((?x181 (+ ?x328 ?x329)))
 (let ((?x178 (+ ?x330 ?x181)))
 (let ((?x319 (/ 1.0 exp!5)))
 (let ((?x204 (* ?x319 ?x178)))
 (let ((?x243 (* ?x178 ?x204)))
 (let ((?x231 (+ ?x202 ?x202)))
 (let ((?x232 (+ ?x201 ?x231)))
 (let ((?x320 (* ?x319 ?x232)))
 (let ((?x244 (+ ?x320 ?x243)))
 (let ((?x289 (+ ?x244 ?x165)))
 (or (and (distinct 0.0 ?x289) true))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!538 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!538) (< exp!1 exp!5)))
(assert
 (= (< log!538 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!538) (< exp!2 exp!5)))
(assert
 (= (< log!538 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!538) (< exp!3 exp!5)))
(assert
 (= (< log!538 log!313) (< exp!5 exp!4)))
(assert
 (= (< log!313 log!538) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!538 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!538)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x601 (/ ?x437 exp!3)))
 (let ((?x598 (+ ?x601 ?x146)))
 (let ((?x611 (+ 1.0 ?x598)))
 (=> (> ?x611 0.0) (= exp!5 ?x611)))))))))
(assert
 (= (< log!763 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!763) (< exp!1 exp!6)))
(assert
 (= (< log!763 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!763) (< exp!2 exp!6)))
(assert
 (= (< log!763 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!763) (< exp!3 exp!6)))
(assert
 (= (< log!763 log!313) (< exp!6 exp!4)))
(assert
 (= (< log!313 log!763) (< exp!4 exp!6)))
(assert
 (= (< log!763 log!538) (< exp!6 exp!5)))
(assert
 (= (< log!538 log!763) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!763 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!763)))
(assert
 (let ((?x437 (* 1.0 exp!2)))
(let ((?x275 (/ ?x437 exp!1)))
(let ((?x346 (+ 1.0 ?x275)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x409 (/ ?x55 exp!1)))
(let ((?x310 (+ ?x409 ?x346)))
(=> (> ?x310 0.0) (= exp!6 ?x310)))))))))
(check-sat)
(pop 1)
