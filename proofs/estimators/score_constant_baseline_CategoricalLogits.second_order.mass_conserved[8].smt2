; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[8]', verdict proved
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
 (let ((?x97 (/ ?x56 ?x57)))
 (let ((?x110 (- ?x97)))
 (let ((?x112 (* 0.0 ?x110)))
 (let ((?x126 (+ ?x110 ?x112)))
 (let ((?x111 (+ 1.0 ?x110)))
 (let ((?x125 (* 0.0 ?x111)))
 (let ((?x127 (+ ?x125 ?x126)))
 (let ((?x133 (/ ?x36 exp!4)))
 (let ((?x135 (* ?x133 ?x127)))
 (let ((?x136 (* ?x127 ?x135)))
 (let ((?x100 (- ?x56)))
 (let ((?x101 (* ?x56 ?x100)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x102 (* ?x99 ?x101)))
 (let ((?x103 (+ ?x97 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x121 (+ ?x104 ?x105)))
 (let ((?x122 (+ ?x105 ?x121)))
 (let ((?x134 (* ?x133 ?x122)))
 (let ((?x137 (+ ?x134 ?x136)))
 (let ((?x123 (/ 1.0 exp!4)))
 (let ((?x128 (* ?x123 ?x127)))
 (let ((?x129 (* ?x127 ?x128)))
 (let ((?x124 (* ?x123 ?x122)))
 (let ((?x130 (+ ?x124 ?x129)))
 (let ((?x138 (+ ?x130 ?x137)))
 (let ((?x113 (+ ?x112 ?x112)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x108 (/ ?x56 exp!4)))
 (let ((?x115 (* ?x108 ?x114)))
 (let ((?x116 (* ?x114 ?x115)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x109 (* ?x108 ?x107)))
 (let ((?x117 (+ ?x109 ?x116)))
 (let ((?x139 (+ ?x117 ?x138)))
 (or (and (distinct 0.0 ?x139) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x598 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (let (($x596 (= 0.0 ?x599)))
 (not $x596))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x598 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (let (($x596 (= 0.0 ?x599)))
 (not $x596))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x598 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (< 0.0 ?x599)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x598 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (let (($x596 (= 0.0 ?x599)))
 (not $x596))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x598 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (let (($x596 (= 0.0 ?x599)))
 (not $x596))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x598 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (let (($x596 (= 0.0 ?x599)))
 (not $x596))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x598 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (let ((?x200 (/ 1.0 ?x599)))
 (let ((?x179 (- ?x200)))
 (let ((?x247 (* 0.0 ?x179)))
 (let ((?x361 (+ ?x179 ?x247)))
 (let ((?x176 (+ 1.0 ?x179)))
 (let ((?x347 (* 0.0 ?x176)))
 (let ((?x354 (+ ?x347 ?x361)))
 (let ((?x216 (/ ?x144 exp!5)))
 (let ((?x218 (* ?x216 ?x354)))
 (let ((?x230 (* ?x354 ?x218)))
 (let ((?x243 (/ 1.0 (* ?x599 ?x599))))
 (let ((?x410 (- ?x243)))
 (let ((?x411 (+ ?x200 ?x410)))
 (let ((?x308 (- ?x411)))
 (let ((?x309 (* 0.0 ?x308)))
 (let ((?x349 (+ ?x308 ?x309)))
 (let ((?x350 (+ ?x309 ?x349)))
 (let ((?x235 (* ?x216 ?x350)))
 (let ((?x245 (+ ?x235 ?x230)))
 (let ((?x351 (/ ?x598 exp!5)))
 (let ((?x355 (* ?x351 ?x354)))
 (let ((?x365 (* ?x354 ?x355)))
 (let ((?x346 (* ?x351 ?x350)))
 (let ((?x367 (+ ?x346 ?x365)))
 (let ((?x257 (+ ?x367 ?x245)))
 (let ((?x253 (+ ?x247 ?x247)))
 (let ((?x254 (+ ?x176 ?x253)))
 (let ((?x317 (/ 1.0 exp!5)))
 (let ((?x255 (* ?x317 ?x254)))
 (let ((?x256 (* ?x254 ?x255)))
 (let ((?x319 (+ ?x309 ?x309)))
 (let ((?x320 (+ ?x308 ?x319)))
 (let ((?x318 (* ?x317 ?x320)))
 (let ((?x209 (+ ?x318 ?x256)))
 (let ((?x260 (+ ?x209 ?x257)))
 (or (and (distinct 0.0 ?x260) true)))))))))))))))))))))))))))))))))))))))))))
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
(let ((?x144 (/ ?x9 exp!3)))
(let ((?x598 (/ (* 1.0 exp!2) exp!3)))
(let ((?x586 (+ ?x598 ?x144)))
(let ((?x599 (+ 1.0 ?x586)))
(=> (> ?x599 0.0) (= exp!5 ?x599))))))))
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
 (let ((?x310 (/ ?x437 exp!1)))
 (let ((?x334 (+ 1.0 ?x310)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x219 (/ ?x55 exp!1)))
 (let ((?x166 (+ ?x219 ?x334)))
 (let (($x238 (= 0.0 ?x166)))
 (not $x238)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x310 (/ ?x437 exp!1)))
 (let ((?x334 (+ 1.0 ?x310)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x219 (/ ?x55 exp!1)))
 (let ((?x166 (+ ?x219 ?x334)))
 (let (($x238 (= 0.0 ?x166)))
 (not $x238)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x310 (/ ?x437 exp!1)))
 (let ((?x334 (+ 1.0 ?x310)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x219 (/ ?x55 exp!1)))
 (let ((?x166 (+ ?x219 ?x334)))
 (< 0.0 ?x166))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x310 (/ ?x437 exp!1)))
 (let ((?x334 (+ 1.0 ?x310)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x219 (/ ?x55 exp!1)))
 (let ((?x166 (+ ?x219 ?x334)))
 (let (($x238 (= 0.0 ?x166)))
 (not $x238)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x310 (/ ?x437 exp!1)))
 (let ((?x334 (+ 1.0 ?x310)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x219 (/ ?x55 exp!1)))
 (let ((?x166 (+ ?x219 ?x334)))
 (let (($x238 (= 0.0 ?x166)))
 (not $x238)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x310 (/ ?x437 exp!1)))
 (let ((?x334 (+ 1.0 ?x310)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x219 (/ ?x55 exp!1)))
 (let ((?x166 (+ ?x219 ?x334)))
 (let (($x238 (= 0.0 ?x166)))
 (not $x238)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x310 (/ ?x437 exp!1)))
 (let ((?x334 (+ 1.0 ?x310)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x219 (/ ?x55 exp!1)))
 (let ((?x166 (+ ?x219 ?x334)))
 (let ((?x250 (/ ?x219 ?x166)))
 (let ((?x328 (- ?x250)))
 (let ((?x407 (* 0.0 ?x328)))
 (let ((?x225 (+ ?x328 ?x407)))
 (let ((?x343 (+ 1.0 ?x328)))
 (let ((?x229 (* 0.0 ?x343)))
 (let ((?x518 (+ ?x229 ?x225)))
 (let ((?x607 (/ 1.0 exp!6)))
 (let ((?x505 (* ?x607 ?x518)))
 (let ((?x677 (* ?x518 ?x505)))
 (let ((?x636 (- ?x219)))
 (let ((?x299 (* ?x219 ?x636)))
 (let ((?x307 (/ 1.0 (* ?x166 ?x166))))
 (let ((?x330 (* ?x307 ?x299)))
 (let ((?x314 (+ ?x250 ?x330)))
 (let ((?x324 (- ?x314)))
 (let ((?x870 (* 0.0 ?x324)))
 (let ((?x217 (+ ?x324 ?x870)))
 (let ((?x548 (+ ?x870 ?x217)))
 (let ((?x509 (* ?x607 ?x548)))
 (let ((?x465 (+ ?x509 ?x677)))
 (let ((?x369 (/ ?x310 exp!6)))
 (let ((?x535 (* ?x369 ?x518)))
 (let ((?x620 (* ?x518 ?x535)))
 (let ((?x357 (* ?x369 ?x548)))
 (let ((?x321 (+ ?x357 ?x620)))
 (let ((?x233 (+ ?x321 ?x465)))
 (let ((?x155 (+ ?x407 ?x407)))
 (let ((?x676 (+ ?x343 ?x155)))
 (let ((?x359 (/ ?x219 exp!6)))
 (let ((?x871 (* ?x359 ?x676)))
 (let ((?x329 (* ?x676 ?x871)))
 (let ((?x390 (+ ?x870 ?x870)))
 (let ((?x385 (+ ?x324 ?x390)))
 (let ((?x360 (* ?x359 ?x385)))
 (let ((?x164 (+ ?x360 ?x329)))
 (let ((?x853 (+ ?x164 ?x233)))
 (or (and (distinct 0.0 ?x853) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x598 (/ ?x437 exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (=> (> ?x599 0.0) (= exp!5 ?x599)))))))))
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
(let ((?x310 (/ ?x437 exp!1)))
(let ((?x334 (+ 1.0 ?x310)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x219 (/ ?x55 exp!1)))
(let ((?x166 (+ ?x219 ?x334)))
(=> (> ?x166 0.0) (= exp!6 ?x166)))))))))
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
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x598 (/ ?x437 exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (let (($x596 (= 0.0 ?x599)))
 (not $x596)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x598 (/ ?x437 exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (let (($x596 (= 0.0 ?x599)))
 (not $x596)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x598 (/ ?x437 exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (< 0.0 ?x599))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x598 (/ ?x437 exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (let (($x596 (= 0.0 ?x599)))
 (not $x596)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x598 (/ ?x437 exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (let (($x596 (= 0.0 ?x599)))
 (not $x596)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x598 (/ ?x437 exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (let (($x596 (= 0.0 ?x599)))
 (not $x596)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x598 (/ ?x437 exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (let ((?x200 (/ 1.0 ?x599)))
 (let ((?x179 (- ?x200)))
 (let ((?x247 (* 0.0 ?x179)))
 (let ((?x361 (+ ?x179 ?x247)))
 (let ((?x176 (+ 1.0 ?x179)))
 (let ((?x347 (* 0.0 ?x176)))
 (let ((?x354 (+ ?x347 ?x361)))
 (let ((?x216 (/ ?x144 exp!5)))
 (let ((?x218 (* ?x216 ?x354)))
 (let ((?x230 (* ?x354 ?x218)))
 (let ((?x243 (/ 1.0 (* ?x599 ?x599))))
 (let ((?x410 (- ?x243)))
 (let ((?x411 (+ ?x200 ?x410)))
 (let ((?x308 (- ?x411)))
 (let ((?x309 (* 0.0 ?x308)))
 (let ((?x349 (+ ?x308 ?x309)))
 (let ((?x350 (+ ?x309 ?x349)))
 (let ((?x235 (* ?x216 ?x350)))
 (let ((?x245 (+ ?x235 ?x230)))
 (let ((?x351 (/ ?x598 exp!5)))
 (let ((?x355 (* ?x351 ?x354)))
 (let ((?x365 (* ?x354 ?x355)))
 (let ((?x346 (* ?x351 ?x350)))
 (let ((?x367 (+ ?x346 ?x365)))
 (let ((?x257 (+ ?x367 ?x245)))
 (let ((?x253 (+ ?x247 ?x247)))
 (let ((?x254 (+ ?x176 ?x253)))
 (let ((?x317 (/ 1.0 exp!5)))
 (let ((?x255 (* ?x317 ?x254)))
 (let ((?x256 (* ?x254 ?x255)))
 (let ((?x319 (+ ?x309 ?x309)))
 (let ((?x320 (+ ?x308 ?x319)))
 (let ((?x318 (* ?x317 ?x320)))
 (let ((?x209 (+ ?x318 ?x256)))
 (let ((?x260 (+ ?x209 ?x257)))
 (or (and (distinct 0.0 ?x260) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x598 (/ ?x437 exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (=> (> ?x599 0.0) (= exp!5 ?x599)))))))))
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
(let ((?x310 (/ ?x437 exp!1)))
(let ((?x334 (+ 1.0 ?x310)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x219 (/ ?x55 exp!1)))
(let ((?x166 (+ ?x219 ?x334)))
(=> (> ?x166 0.0) (= exp!6 ?x166)))))))))
(check-sat)
(pop 1)
