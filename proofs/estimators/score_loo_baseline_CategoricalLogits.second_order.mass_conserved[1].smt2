; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[1]', verdict unproved
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
 (let ((?x116 (/ ?x36 ?x57)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (* 0.0 ?x117)))
 (let ((?x118 (+ 1.0 ?x117)))
 (let ((?x146 (+ ?x118 ?x120)))
 (let ((?x147 (+ ?x120 ?x146)))
 (let ((?x142 (/ ?x36 exp!4)))
 (let ((?x148 (* ?x142 ?x147)))
 (let ((?x109 (/ 1.0 ?x57)))
 (let ((?x110 (- ?x109)))
 (let ((?x112 (+ 1.0 ?x110)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x144 (+ ?x110 ?x113)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x145 (+ ?x111 ?x144)))
 (let ((?x149 (* ?x145 ?x148)))
 (let ((?x100 (- ?x36)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x101 (* ?x99 ?x100)))
 (let ((?x97 (/ 0.0 ?x57)))
 (let ((?x102 (+ ?x97 ?x101)))
 (let ((?x103 (- ?x102)))
 (let ((?x104 (* 0.0 ?x103)))
 (let ((?x129 (+ ?x103 ?x104)))
 (let ((?x130 (+ ?x104 ?x129)))
 (let ((?x143 (* ?x130 ?x142)))
 (let ((?x150 (+ ?x143 ?x149)))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x135 (+ ?x117 ?x119)))
 (let ((?x136 (+ ?x120 ?x135)))
 (let ((?x131 (/ 1.0 exp!4)))
 (let ((?x137 (* ?x131 ?x136)))
 (let ((?x133 (+ ?x111 ?x112)))
 (let ((?x134 (+ ?x111 ?x133)))
 (let ((?x138 (* ?x134 ?x137)))
 (let ((?x132 (* ?x131 ?x130)))
 (let ((?x139 (+ ?x132 ?x138)))
 (let ((?x151 (+ ?x139 ?x150)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x117 ?x121)))
 (let ((?x107 (/ ?x56 exp!4)))
 (let ((?x123 (* ?x107 ?x122)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (+ ?x110 ?x114)))
 (let ((?x124 (* ?x115 ?x123)))
 (let ((?x105 (+ ?x104 ?x104)))
 (let ((?x106 (+ ?x103 ?x105)))
 (let ((?x108 (* ?x107 ?x106)))
 (let ((?x125 (+ ?x108 ?x124)))
 (let ((?x152 (+ ?x125 ?x151)))
 (or (and (distinct 0.0 ?x152) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (< 0.0 ?x702)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let ((?x239 (/ ?x157 ?x702)))
 (let ((?x197 (- ?x239)))
 (let ((?x209 (* 0.0 ?x197)))
 (let ((?x228 (+ 1.0 ?x197)))
 (let ((?x251 (+ ?x228 ?x209)))
 (let ((?x256 (+ ?x209 ?x251)))
 (let ((?x313 (/ ?x157 exp!5)))
 (let ((?x261 (* ?x313 ?x256)))
 (let ((?x418 (/ ?x697 ?x702)))
 (let ((?x419 (- ?x418)))
 (let ((?x233 (+ 1.0 ?x419)))
 (let ((?x234 (* 0.0 ?x233)))
 (let ((?x316 (+ ?x419 ?x234)))
 (let ((?x232 (* 0.0 ?x419)))
 (let ((?x250 (+ ?x232 ?x316)))
 (let ((?x257 (* ?x250 ?x261)))
 (let ((?x339 (- ?x157)))
 (let ((?x349 (* ?x697 ?x339)))
 (let ((?x338 (/ 1.0 (* ?x702 ?x702))))
 (let ((?x350 (* ?x338 ?x349)))
 (let ((?x191 (/ 0.0 ?x702)))
 (let ((?x347 (+ ?x191 ?x350)))
 (let ((?x348 (- ?x347)))
 (let ((?x205 (* 0.0 ?x348)))
 (let ((?x242 (+ ?x348 ?x205)))
 (let ((?x217 (+ ?x205 ?x242)))
 (let ((?x314 (* ?x217 ?x313)))
 (let ((?x259 (+ ?x314 ?x257)))
 (let ((?x229 (* 0.0 ?x228)))
 (let ((?x182 (+ ?x197 ?x229)))
 (let ((?x183 (+ ?x209 ?x182)))
 (let ((?x218 (/ ?x697 exp!5)))
 (let ((?x184 (* ?x218 ?x183)))
 (let ((?x325 (+ ?x232 ?x233)))
 (let ((?x181 (+ ?x232 ?x325)))
 (let ((?x175 (* ?x181 ?x184)))
 (let ((?x324 (* ?x218 ?x217)))
 (let ((?x176 (+ ?x324 ?x175)))
 (let ((?x260 (+ ?x176 ?x259)))
 (let ((?x210 (+ ?x229 ?x209)))
 (let ((?x202 (+ ?x197 ?x210)))
 (let ((?x421 (/ 1.0 exp!5)))
 (let ((?x211 (* ?x421 ?x202)))
 (let ((?x196 (+ ?x232 ?x234)))
 (let ((?x238 (+ ?x419 ?x196)))
 (let ((?x206 (* ?x238 ?x211)))
 (let ((?x378 (+ ?x205 ?x205)))
 (let ((?x420 (+ ?x348 ?x378)))
 (let ((?x422 (* ?x421 ?x420)))
 (let ((?x212 (+ ?x422 ?x206)))
 (let ((?x319 (+ ?x212 ?x260)))
 (or (and (distinct 0.0 ?x319) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(let ((?x157 (/ ?x9 exp!3)))
(let ((?x697 (/ (* 1.0 exp!2) exp!3)))
(let ((?x684 (+ ?x697 ?x157)))
(let ((?x702 (+ 1.0 ?x684)))
(=> (> ?x702 0.0) (= exp!5 ?x702))))))))
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
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x533 (/ ?x469 exp!1)))
 (let ((?x385 (+ 1.0 ?x533)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x481 (/ ?x55 exp!1)))
 (let ((?x381 (+ ?x481 ?x385)))
 (< 0.0 ?x381))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x533 (/ ?x469 exp!1)))
 (let ((?x385 (+ 1.0 ?x533)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x481 (/ ?x55 exp!1)))
 (let ((?x381 (+ ?x481 ?x385)))
 (let (($x645 (= 0.0 ?x381)))
 (not $x645)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x533 (/ ?x469 exp!1)))
 (let ((?x385 (+ 1.0 ?x533)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x481 (/ ?x55 exp!1)))
 (let ((?x381 (+ ?x481 ?x385)))
 (let (($x645 (= 0.0 ?x381)))
 (not $x645)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x533 (/ ?x469 exp!1)))
 (let ((?x385 (+ 1.0 ?x533)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x481 (/ ?x55 exp!1)))
 (let ((?x381 (+ ?x481 ?x385)))
 (let (($x645 (= 0.0 ?x381)))
 (not $x645)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x533 (/ ?x469 exp!1)))
 (let ((?x385 (+ 1.0 ?x533)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x481 (/ ?x55 exp!1)))
 (let ((?x381 (+ ?x481 ?x385)))
 (let (($x645 (= 0.0 ?x381)))
 (not $x645)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x533 (/ ?x469 exp!1)))
 (let ((?x385 (+ 1.0 ?x533)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x481 (/ ?x55 exp!1)))
 (let ((?x381 (+ ?x481 ?x385)))
 (let (($x645 (= 0.0 ?x381)))
 (not $x645)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x533 (/ ?x469 exp!1)))
 (let ((?x385 (+ 1.0 ?x533)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x481 (/ ?x55 exp!1)))
 (let ((?x381 (+ ?x481 ?x385)))
 (let ((?x372 (/ 1.0 ?x381)))
 (let ((?x392 (- ?x372)))
 (let ((?x1011 (* 0.0 ?x392)))
 (let ((?x567 (+ 1.0 ?x392)))
 (let ((?x358 (+ ?x567 ?x1011)))
 (let ((?x407 (+ ?x1011 ?x358)))
 (let ((?x734 (/ 1.0 exp!6)))
 (let ((?x249 (* ?x734 ?x407)))
 (let ((?x736 (/ ?x533 ?x381)))
 (let ((?x435 (- ?x736)))
 (let ((?x439 (+ 1.0 ?x435)))
 (let ((?x649 (* 0.0 ?x439)))
 (let ((?x1012 (+ ?x435 ?x649)))
 (let ((?x389 (* 0.0 ?x435)))
 (let ((?x178 (+ ?x389 ?x1012)))
 (let ((?x568 (* ?x178 ?x249)))
 (let ((?x334 (- ?x533)))
 (let ((?x786 (/ 1.0 (* ?x381 ?x381))))
 (let ((?x447 (* ?x786 ?x334)))
 (let ((?x384 (/ 0.0 ?x381)))
 (let ((?x402 (+ ?x384 ?x447)))
 (let ((?x741 (- ?x402)))
 (let ((?x438 (* 0.0 ?x741)))
 (let ((?x747 (+ ?x741 ?x438)))
 (let ((?x286 (+ ?x438 ?x747)))
 (let ((?x380 (* ?x286 ?x734)))
 (let ((?x1002 (+ ?x380 ?x568)))
 (let ((?x750 (* 0.0 ?x567)))
 (let ((?x721 (+ ?x392 ?x750)))
 (let ((?x756 (+ ?x1011 ?x721)))
 (let ((?x1014 (/ ?x533 exp!6)))
 (let ((?x1005 (* ?x1014 ?x756)))
 (let ((?x751 (+ ?x389 ?x439)))
 (let ((?x615 (+ ?x389 ?x751)))
 (let ((?x390 (* ?x615 ?x1005)))
 (let ((?x557 (* ?x1014 ?x286)))
 (let ((?x636 (+ ?x557 ?x390)))
 (let ((?x1015 (+ ?x636 ?x1002)))
 (let ((?x359 (+ ?x750 ?x1011)))
 (let ((?x354 (+ ?x392 ?x359)))
 (let ((?x573 (/ ?x481 exp!6)))
 (let ((?x432 (* ?x573 ?x354)))
 (let ((?x490 (+ ?x389 ?x649)))
 (let ((?x1023 (+ ?x435 ?x490)))
 (let ((?x632 (* ?x1023 ?x432)))
 (let ((?x1022 (+ ?x438 ?x438)))
 (let ((?x245 (+ ?x741 ?x1022)))
 (let ((?x160 (* ?x573 ?x245)))
 (let ((?x231 (+ ?x160 ?x632)))
 (let ((?x429 (+ ?x231 ?x1015)))
 (or (and (distinct 0.0 ?x429) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (=> (> ?x702 0.0) (= exp!5 ?x702)))))))))
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
 (let ((?x469 (* 1.0 exp!2)))
(let ((?x533 (/ ?x469 exp!1)))
(let ((?x385 (+ 1.0 ?x533)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x481 (/ ?x55 exp!1)))
(let ((?x381 (+ ?x481 ?x385)))
(=> (> ?x381 0.0) (= exp!6 ?x381)))))))))
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
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (< 0.0 ?x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let ((?x239 (/ ?x157 ?x702)))
 (let ((?x197 (- ?x239)))
 (let ((?x209 (* 0.0 ?x197)))
 (let ((?x228 (+ 1.0 ?x197)))
 (let ((?x251 (+ ?x228 ?x209)))
 (let ((?x256 (+ ?x209 ?x251)))
 (let ((?x313 (/ ?x157 exp!5)))
 (let ((?x261 (* ?x313 ?x256)))
 (let ((?x418 (/ ?x697 ?x702)))
 (let ((?x419 (- ?x418)))
 (let ((?x233 (+ 1.0 ?x419)))
 (let ((?x234 (* 0.0 ?x233)))
 (let ((?x316 (+ ?x419 ?x234)))
 (let ((?x232 (* 0.0 ?x419)))
 (let ((?x250 (+ ?x232 ?x316)))
 (let ((?x257 (* ?x250 ?x261)))
 (let ((?x339 (- ?x157)))
 (let ((?x349 (* ?x697 ?x339)))
 (let ((?x338 (/ 1.0 (* ?x702 ?x702))))
 (let ((?x350 (* ?x338 ?x349)))
 (let ((?x191 (/ 0.0 ?x702)))
 (let ((?x347 (+ ?x191 ?x350)))
 (let ((?x348 (- ?x347)))
 (let ((?x205 (* 0.0 ?x348)))
 (let ((?x242 (+ ?x348 ?x205)))
 (let ((?x217 (+ ?x205 ?x242)))
 (let ((?x314 (* ?x217 ?x313)))
 (let ((?x259 (+ ?x314 ?x257)))
 (let ((?x229 (* 0.0 ?x228)))
 (let ((?x182 (+ ?x197 ?x229)))
 (let ((?x183 (+ ?x209 ?x182)))
 (let ((?x218 (/ ?x697 exp!5)))
 (let ((?x184 (* ?x218 ?x183)))
 (let ((?x325 (+ ?x232 ?x233)))
 (let ((?x181 (+ ?x232 ?x325)))
 (let ((?x175 (* ?x181 ?x184)))
 (let ((?x324 (* ?x218 ?x217)))
 (let ((?x176 (+ ?x324 ?x175)))
 (let ((?x260 (+ ?x176 ?x259)))
 (let ((?x210 (+ ?x229 ?x209)))
 (let ((?x202 (+ ?x197 ?x210)))
 (let ((?x421 (/ 1.0 exp!5)))
 (let ((?x211 (* ?x421 ?x202)))
 (let ((?x196 (+ ?x232 ?x234)))
 (let ((?x238 (+ ?x419 ?x196)))
 (let ((?x206 (* ?x238 ?x211)))
 (let ((?x378 (+ ?x205 ?x205)))
 (let ((?x420 (+ ?x348 ?x378)))
 (let ((?x422 (* ?x421 ?x420)))
 (let ((?x212 (+ ?x422 ?x206)))
 (let ((?x319 (+ ?x212 ?x260)))
 (or (and (distinct 0.0 ?x319) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (=> (> ?x702 0.0) (= exp!5 ?x702)))))))))
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
 (let ((?x469 (* 1.0 exp!2)))
(let ((?x533 (/ ?x469 exp!1)))
(let ((?x385 (+ 1.0 ?x533)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x481 (/ ?x55 exp!1)))
(let ((?x381 (+ ?x481 ?x385)))
(=> (> ?x381 0.0) (= exp!6 ?x381)))))))))
(check-sat)
(pop 1)
