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
 (let ((?x117 (/ ?x56 ?x57)))
 (let ((?x118 (- ?x117)))
 (let ((?x120 (* 0.0 ?x118)))
 (let ((?x136 (+ ?x118 ?x120)))
 (let ((?x119 (+ 1.0 ?x118)))
 (let ((?x135 (* 0.0 ?x119)))
 (let ((?x137 (+ ?x135 ?x136)))
 (let ((?x143 (/ ?x36 exp!4)))
 (let ((?x147 (* ?x143 ?x137)))
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
 (let ((?x144 (* ?x143 ?x130)))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (let (($x707 (= 0.0 ?x709)))
 (not $x707))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (let (($x707 (= 0.0 ?x709)))
 (not $x707))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (< 0.0 ?x709)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (let (($x707 (= 0.0 ?x709)))
 (not $x707))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (let (($x707 (= 0.0 ?x709)))
 (not $x707))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (let (($x707 (= 0.0 ?x709)))
 (not $x707))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (let ((?x202 (/ 1.0 ?x709)))
 (let ((?x214 (- ?x202)))
 (let ((?x188 (* 0.0 ?x214)))
 (let ((?x403 (+ ?x214 ?x188)))
 (let ((?x191 (+ 1.0 ?x214)))
 (let ((?x381 (* 0.0 ?x191)))
 (let ((?x404 (+ ?x381 ?x403)))
 (let ((?x213 (/ ?x156 exp!5)))
 (let ((?x181 (* ?x213 ?x404)))
 (let ((?x257 (/ ?x156 ?x709)))
 (let ((?x222 (- ?x257)))
 (let ((?x252 (* 0.0 ?x222)))
 (let ((?x251 (+ 1.0 ?x222)))
 (let ((?x328 (+ ?x251 ?x252)))
 (let ((?x180 (+ ?x252 ?x328)))
 (let ((?x182 (* ?x180 ?x181)))
 (let ((?x208 (- ?x156)))
 (let ((?x255 (/ 1.0 (* ?x709 ?x709))))
 (let ((?x209 (* ?x255 ?x208)))
 (let ((?x196 (/ 0.0 ?x709)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x275 (+ ?x204 ?x210)))
 (let ((?x261 (+ ?x210 ?x275)))
 (let ((?x327 (* ?x213 ?x261)))
 (let ((?x183 (+ ?x327 ?x182)))
 (let ((?x262 (/ ?x702 exp!5)))
 (let ((?x405 (* ?x262 ?x404)))
 (let ((?x218 (* 0.0 ?x251)))
 (let ((?x219 (+ ?x222 ?x218)))
 (let ((?x220 (+ ?x252 ?x219)))
 (let ((?x401 (* ?x220 ?x405)))
 (let ((?x225 (* ?x262 ?x261)))
 (let ((?x402 (+ ?x225 ?x401)))
 (let ((?x174 (+ ?x402 ?x183)))
 (let ((?x341 (+ ?x188 ?x188)))
 (let ((?x342 (+ ?x191 ?x341)))
 (let ((?x212 (/ 1.0 exp!5)))
 (let ((?x352 (* ?x212 ?x342)))
 (let ((?x253 (+ ?x218 ?x252)))
 (let ((?x215 (+ ?x222 ?x253)))
 (let ((?x353 (* ?x215 ?x352)))
 (let ((?x205 (+ ?x210 ?x210)))
 (let ((?x211 (+ ?x204 ?x205)))
 (let ((?x256 (* ?x212 ?x211)))
 (let ((?x350 (+ ?x256 ?x353)))
 (let ((?x175 (+ ?x350 ?x174)))
 (or (and (distinct 0.0 ?x175) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(let ((?x156 (/ ?x9 exp!3)))
(let ((?x702 (/ (* 1.0 exp!2) exp!3)))
(let ((?x691 (+ ?x702 ?x156)))
(let ((?x709 (+ 1.0 ?x691)))
(=> (> ?x709 0.0) (= exp!5 ?x709))))))))
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
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x471 exp!1)))
 (let ((?x179 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x221 (+ ?x417 ?x179)))
 (let (($x258 (= 0.0 ?x221)))
 (not $x258)))))))))
(assert
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x471 exp!1)))
 (let ((?x179 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x221 (+ ?x417 ?x179)))
 (let (($x258 (= 0.0 ?x221)))
 (not $x258)))))))))
(assert
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x471 exp!1)))
 (let ((?x179 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x221 (+ ?x417 ?x179)))
 (< 0.0 ?x221))))))))
(assert
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x471 exp!1)))
 (let ((?x179 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x221 (+ ?x417 ?x179)))
 (let (($x258 (= 0.0 ?x221)))
 (not $x258)))))))))
(assert
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x471 exp!1)))
 (let ((?x179 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x221 (+ ?x417 ?x179)))
 (let (($x258 (= 0.0 ?x221)))
 (not $x258)))))))))
(assert
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x471 exp!1)))
 (let ((?x179 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x221 (+ ?x417 ?x179)))
 (let (($x258 (= 0.0 ?x221)))
 (not $x258)))))))))
(assert
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x471 exp!1)))
 (let ((?x179 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x221 (+ ?x417 ?x179)))
 (let ((?x721 (/ ?x417 ?x221)))
 (let ((?x365 (- ?x721)))
 (let ((?x664 (* 0.0 ?x365)))
 (let ((?x528 (+ ?x365 ?x664)))
 (let ((?x272 (+ 1.0 ?x365)))
 (let ((?x542 (* 0.0 ?x272)))
 (let ((?x598 (+ ?x542 ?x528)))
 (let ((?x594 (/ 1.0 exp!6)))
 (let ((?x414 (* ?x594 ?x598)))
 (let ((?x307 (/ 1.0 ?x221)))
 (let ((?x795 (- ?x307)))
 (let ((?x392 (* 0.0 ?x795)))
 (let ((?x794 (+ 1.0 ?x795)))
 (let ((?x607 (+ ?x794 ?x392)))
 (let ((?x446 (+ ?x392 ?x607)))
 (let ((?x160 (* ?x446 ?x414)))
 (let ((?x763 (- ?x417)))
 (let ((?x386 (/ 1.0 (* ?x221 ?x221))))
 (let ((?x489 (* ?x386 ?x763)))
 (let ((?x815 (/ 0.0 ?x221)))
 (let ((?x441 (+ ?x815 ?x489)))
 (let ((?x306 (- ?x441)))
 (let ((?x267 (* 0.0 ?x306)))
 (let ((?x329 (+ ?x306 ?x267)))
 (let ((?x660 (+ ?x267 ?x329)))
 (let ((?x442 (* ?x594 ?x660)))
 (let ((?x324 (+ ?x442 ?x160)))
 (let ((?x411 (/ ?x499 exp!6)))
 (let ((?x547 (* ?x411 ?x598)))
 (let ((?x396 (* 0.0 ?x794)))
 (let ((?x714 (+ ?x795 ?x396)))
 (let ((?x747 (+ ?x392 ?x714)))
 (let ((?x334 (* ?x747 ?x547)))
 (let ((?x1013 (* ?x411 ?x660)))
 (let ((?x997 (+ ?x1013 ?x334)))
 (let ((?x591 (+ ?x997 ?x324)))
 (let ((?x1008 (+ ?x664 ?x664)))
 (let ((?x248 (+ ?x272 ?x1008)))
 (let ((?x268 (/ ?x417 exp!6)))
 (let ((?x509 (* ?x268 ?x248)))
 (let ((?x640 (+ ?x396 ?x392)))
 (let ((?x1020 (+ ?x795 ?x640)))
 (let ((?x358 (* ?x1020 ?x509)))
 (let ((?x1019 (+ ?x267 ?x267)))
 (let ((?x373 (+ ?x306 ?x1019)))
 (let ((?x377 (* ?x268 ?x373)))
 (let ((?x388 (+ ?x377 ?x358)))
 (let ((?x332 (+ ?x388 ?x591)))
 (or (and (distinct 0.0 ?x332) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x471 exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (=> (> ?x709 0.0) (= exp!5 ?x709)))))))))
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
 (let ((?x471 (* 1.0 exp!2)))
(let ((?x499 (/ ?x471 exp!1)))
(let ((?x179 (+ 1.0 ?x499)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x417 (/ ?x55 exp!1)))
(let ((?x221 (+ ?x417 ?x179)))
(=> (> ?x221 0.0) (= exp!6 ?x221)))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x471 exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (let (($x707 (= 0.0 ?x709)))
 (not $x707)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x471 exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (let (($x707 (= 0.0 ?x709)))
 (not $x707)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x471 exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (< 0.0 ?x709))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x471 exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (let (($x707 (= 0.0 ?x709)))
 (not $x707)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x471 exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (let (($x707 (= 0.0 ?x709)))
 (not $x707)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x471 exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (let (($x707 (= 0.0 ?x709)))
 (not $x707)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x471 exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (let ((?x202 (/ 1.0 ?x709)))
 (let ((?x214 (- ?x202)))
 (let ((?x188 (* 0.0 ?x214)))
 (let ((?x403 (+ ?x214 ?x188)))
 (let ((?x191 (+ 1.0 ?x214)))
 (let ((?x381 (* 0.0 ?x191)))
 (let ((?x404 (+ ?x381 ?x403)))
 (let ((?x213 (/ ?x156 exp!5)))
 (let ((?x181 (* ?x213 ?x404)))
 (let ((?x257 (/ ?x156 ?x709)))
 (let ((?x222 (- ?x257)))
 (let ((?x252 (* 0.0 ?x222)))
 (let ((?x251 (+ 1.0 ?x222)))
 (let ((?x328 (+ ?x251 ?x252)))
 (let ((?x180 (+ ?x252 ?x328)))
 (let ((?x182 (* ?x180 ?x181)))
 (let ((?x208 (- ?x156)))
 (let ((?x255 (/ 1.0 (* ?x709 ?x709))))
 (let ((?x209 (* ?x255 ?x208)))
 (let ((?x196 (/ 0.0 ?x709)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x275 (+ ?x204 ?x210)))
 (let ((?x261 (+ ?x210 ?x275)))
 (let ((?x327 (* ?x213 ?x261)))
 (let ((?x183 (+ ?x327 ?x182)))
 (let ((?x262 (/ ?x702 exp!5)))
 (let ((?x405 (* ?x262 ?x404)))
 (let ((?x218 (* 0.0 ?x251)))
 (let ((?x219 (+ ?x222 ?x218)))
 (let ((?x220 (+ ?x252 ?x219)))
 (let ((?x401 (* ?x220 ?x405)))
 (let ((?x225 (* ?x262 ?x261)))
 (let ((?x402 (+ ?x225 ?x401)))
 (let ((?x174 (+ ?x402 ?x183)))
 (let ((?x341 (+ ?x188 ?x188)))
 (let ((?x342 (+ ?x191 ?x341)))
 (let ((?x212 (/ 1.0 exp!5)))
 (let ((?x352 (* ?x212 ?x342)))
 (let ((?x253 (+ ?x218 ?x252)))
 (let ((?x215 (+ ?x222 ?x253)))
 (let ((?x353 (* ?x215 ?x352)))
 (let ((?x205 (+ ?x210 ?x210)))
 (let ((?x211 (+ ?x204 ?x205)))
 (let ((?x256 (* ?x212 ?x211)))
 (let ((?x350 (+ ?x256 ?x353)))
 (let ((?x175 (+ ?x350 ?x174)))
 (or (and (distinct 0.0 ?x175) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x471 exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (=> (> ?x709 0.0) (= exp!5 ?x709)))))))))
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
 (let ((?x471 (* 1.0 exp!2)))
(let ((?x499 (/ ?x471 exp!1)))
(let ((?x179 (+ 1.0 ?x499)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x417 (/ ?x55 exp!1)))
(let ((?x221 (+ ?x417 ?x179)))
(=> (> ?x221 0.0) (= exp!6 ?x221)))))))))
(check-sat)
(pop 1)
