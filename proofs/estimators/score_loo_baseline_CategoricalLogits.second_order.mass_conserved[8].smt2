; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[8]', verdict proved
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
 (let ((?x247 (- ?x200)))
 (let ((?x254 (* 0.0 ?x247)))
 (let ((?x216 (+ ?x247 ?x254)))
 (let ((?x253 (+ 1.0 ?x247)))
 (let ((?x183 (* 0.0 ?x253)))
 (let ((?x235 (+ ?x183 ?x216)))
 (let ((?x201 (/ ?x144 exp!5)))
 (let ((?x169 (* ?x201 ?x235)))
 (let ((?x170 (* ?x235 ?x169)))
 (let ((?x243 (/ 1.0 (* ?x599 ?x599))))
 (let ((?x308 (- ?x243)))
 (let ((?x309 (+ ?x200 ?x308)))
 (let ((?x319 (- ?x309)))
 (let ((?x320 (* 0.0 ?x319)))
 (let ((?x372 (+ ?x319 ?x320)))
 (let ((?x368 (+ ?x320 ?x372)))
 (let ((?x168 (* ?x201 ?x368)))
 (let ((?x171 (+ ?x168 ?x170)))
 (let ((?x369 (/ ?x598 exp!5)))
 (let ((?x218 (* ?x369 ?x235)))
 (let ((?x230 (* ?x235 ?x218)))
 (let ((?x234 (* ?x369 ?x368)))
 (let ((?x245 (+ ?x234 ?x230)))
 (let ((?x294 (+ ?x245 ?x171)))
 (let ((?x255 (+ ?x254 ?x254)))
 (let ((?x256 (+ ?x253 ?x255)))
 (let ((?x179 (/ 1.0 exp!5)))
 (let ((?x209 (* ?x179 ?x256)))
 (let ((?x205 (* ?x256 ?x209)))
 (let ((?x317 (+ ?x320 ?x320)))
 (let ((?x318 (+ ?x319 ?x317)))
 (let ((?x176 (* ?x179 ?x318)))
 (let ((?x212 (+ ?x176 ?x205)))
 (let ((?x295 (+ ?x212 ?x294)))
 (or (and (distinct 0.0 ?x295) true)))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x637 (/ ?x437 exp!1)))
 (let ((?x350 (+ 1.0 ?x637)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x154 (+ ?x231 ?x350)))
 (let (($x151 (= 0.0 ?x154)))
 (not $x151)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x437 exp!1)))
 (let ((?x350 (+ 1.0 ?x637)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x154 (+ ?x231 ?x350)))
 (let (($x151 (= 0.0 ?x154)))
 (not $x151)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x437 exp!1)))
 (let ((?x350 (+ 1.0 ?x637)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x154 (+ ?x231 ?x350)))
 (< 0.0 ?x154))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x437 exp!1)))
 (let ((?x350 (+ 1.0 ?x637)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x154 (+ ?x231 ?x350)))
 (let (($x151 (= 0.0 ?x154)))
 (not $x151)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x437 exp!1)))
 (let ((?x350 (+ 1.0 ?x637)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x154 (+ ?x231 ?x350)))
 (let (($x151 (= 0.0 ?x154)))
 (not $x151)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x437 exp!1)))
 (let ((?x350 (+ 1.0 ?x637)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x154 (+ ?x231 ?x350)))
 (let (($x151 (= 0.0 ?x154)))
 (not $x151)))))))))
(assert
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x437 exp!1)))
 (let ((?x350 (+ 1.0 ?x637)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x154 (+ ?x231 ?x350)))
 (let ((?x454 (/ ?x231 ?x154)))
 (let ((?x643 (- ?x454)))
 (let ((?x660 (* 0.0 ?x643)))
 (let ((?x259 (+ ?x643 ?x660)))
 (let ((?x617 (+ 1.0 ?x643)))
 (let ((?x292 (* 0.0 ?x617)))
 (let ((?x861 (+ ?x292 ?x259)))
 (let ((?x529 (/ 1.0 exp!6)))
 (let ((?x423 (* ?x529 ?x861)))
 (let ((?x341 (* ?x861 ?x423)))
 (let ((?x554 (- ?x231)))
 (let ((?x258 (* ?x231 ?x554)))
 (let ((?x160 (/ 1.0 (* ?x154 ?x154))))
 (let ((?x367 (* ?x160 ?x258)))
 (let ((?x613 (+ ?x454 ?x367)))
 (let ((?x224 (- ?x613)))
 (let ((?x877 (* 0.0 ?x224)))
 (let ((?x223 (+ ?x224 ?x877)))
 (let ((?x413 (+ ?x877 ?x223)))
 (let ((?x451 (* ?x529 ?x413)))
 (let ((?x523 (+ ?x451 ?x341)))
 (let ((?x561 (/ ?x637 exp!6)))
 (let ((?x674 (* ?x561 ?x861)))
 (let ((?x296 (* ?x861 ?x674)))
 (let ((?x291 (* ?x561 ?x413)))
 (let ((?x464 (+ ?x291 ?x296)))
 (let ((?x186 (+ ?x464 ?x523)))
 (let ((?x458 (+ ?x660 ?x660)))
 (let ((?x609 (+ ?x617 ?x458)))
 (let ((?x648 (/ ?x231 exp!6)))
 (let ((?x878 (* ?x648 ?x609)))
 (let ((?x548 (* ?x609 ?x878)))
 (let ((?x277 (+ ?x877 ?x877)))
 (let ((?x225 (+ ?x224 ?x277)))
 (let ((?x685 (* ?x648 ?x225)))
 (let ((?x677 (+ ?x685 ?x548)))
 (let ((?x860 (+ ?x677 ?x186)))
 (or (and (distinct 0.0 ?x860) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x598 (/ ?x437 exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (=> (> ?x599 0.0) (= exp!5 ?x599)))))))))
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
(let ((?x637 (/ ?x437 exp!1)))
(let ((?x350 (+ 1.0 ?x637)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x231 (/ ?x55 exp!1)))
(let ((?x154 (+ ?x231 ?x350)))
(=> (> ?x154 0.0) (= exp!6 ?x154)))))))))
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
 (let ((?x247 (- ?x200)))
 (let ((?x254 (* 0.0 ?x247)))
 (let ((?x216 (+ ?x247 ?x254)))
 (let ((?x253 (+ 1.0 ?x247)))
 (let ((?x183 (* 0.0 ?x253)))
 (let ((?x235 (+ ?x183 ?x216)))
 (let ((?x201 (/ ?x144 exp!5)))
 (let ((?x169 (* ?x201 ?x235)))
 (let ((?x170 (* ?x235 ?x169)))
 (let ((?x243 (/ 1.0 (* ?x599 ?x599))))
 (let ((?x308 (- ?x243)))
 (let ((?x309 (+ ?x200 ?x308)))
 (let ((?x319 (- ?x309)))
 (let ((?x320 (* 0.0 ?x319)))
 (let ((?x372 (+ ?x319 ?x320)))
 (let ((?x368 (+ ?x320 ?x372)))
 (let ((?x168 (* ?x201 ?x368)))
 (let ((?x171 (+ ?x168 ?x170)))
 (let ((?x369 (/ ?x598 exp!5)))
 (let ((?x218 (* ?x369 ?x235)))
 (let ((?x230 (* ?x235 ?x218)))
 (let ((?x234 (* ?x369 ?x368)))
 (let ((?x245 (+ ?x234 ?x230)))
 (let ((?x294 (+ ?x245 ?x171)))
 (let ((?x255 (+ ?x254 ?x254)))
 (let ((?x256 (+ ?x253 ?x255)))
 (let ((?x179 (/ 1.0 exp!5)))
 (let ((?x209 (* ?x179 ?x256)))
 (let ((?x205 (* ?x256 ?x209)))
 (let ((?x317 (+ ?x320 ?x320)))
 (let ((?x318 (+ ?x319 ?x317)))
 (let ((?x176 (* ?x179 ?x318)))
 (let ((?x212 (+ ?x176 ?x205)))
 (let ((?x295 (+ ?x212 ?x294)))
 (or (and (distinct 0.0 ?x295) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x437 (* 1.0 exp!2)))
 (let ((?x598 (/ ?x437 exp!3)))
 (let ((?x586 (+ ?x598 ?x144)))
 (let ((?x599 (+ 1.0 ?x586)))
 (=> (> ?x599 0.0) (= exp!5 ?x599)))))))))
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
(let ((?x637 (/ ?x437 exp!1)))
(let ((?x350 (+ 1.0 ?x637)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x231 (/ ?x55 exp!1)))
(let ((?x154 (+ ?x231 ?x350)))
(=> (> ?x154 0.0) (= exp!6 ?x154)))))))))
(check-sat)
(pop 1)
