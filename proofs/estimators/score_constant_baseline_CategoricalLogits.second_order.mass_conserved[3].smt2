; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[3]', verdict unproved
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
 (let ((?x117 (/ ?x36 ?x57)))
 (let ((?x118 (- ?x117)))
 (let ((?x121 (* 0.0 ?x118)))
 (let ((?x119 (+ 1.0 ?x118)))
 (let ((?x147 (+ ?x119 ?x121)))
 (let ((?x148 (+ ?x121 ?x147)))
 (let ((?x109 (/ 1.0 ?x57)))
 (let ((?x110 (- ?x109)))
 (let ((?x112 (+ 1.0 ?x110)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x144 (+ ?x110 ?x113)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x145 (+ ?x111 ?x144)))
 (let ((?x142 (/ ?x36 exp!4)))
 (let ((?x146 (* ?x142 ?x145)))
 (let ((?x149 (* ?x146 ?x148)))
 (let ((?x100 (- ?x36)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x101 (* ?x99 ?x100)))
 (let ((?x97 (/ 0.0 ?x57)))
 (let ((?x102 (+ ?x97 ?x101)))
 (let ((?x103 (- ?x102)))
 (let ((?x104 (* 0.0 ?x103)))
 (let ((?x129 (+ ?x103 ?x104)))
 (let ((?x130 (+ ?x104 ?x129)))
 (let ((?x143 (* ?x142 ?x130)))
 (let ((?x150 (+ ?x143 ?x149)))
 (let ((?x120 (* 0.0 ?x119)))
 (let ((?x136 (+ ?x118 ?x120)))
 (let ((?x137 (+ ?x121 ?x136)))
 (let ((?x133 (+ ?x111 ?x112)))
 (let ((?x134 (+ ?x111 ?x133)))
 (let ((?x131 (/ 1.0 exp!4)))
 (let ((?x135 (* ?x131 ?x134)))
 (let ((?x138 (* ?x135 ?x137)))
 (let ((?x132 (* ?x131 ?x130)))
 (let ((?x139 (+ ?x132 ?x138)))
 (let ((?x151 (+ ?x139 ?x150)))
 (let ((?x122 (+ ?x120 ?x121)))
 (let ((?x123 (+ ?x118 ?x122)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (+ ?x110 ?x114)))
 (let ((?x107 (/ ?x56 exp!4)))
 (let ((?x116 (* ?x107 ?x115)))
 (let ((?x124 (* ?x116 ?x123)))
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
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x700 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x700 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x700 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (< 0.0 ?x705)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x700 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x700 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x700 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x700 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let ((?x240 (/ ?x157 ?x705)))
 (let ((?x394 (- ?x240)))
 (let ((?x398 (* 0.0 ?x394)))
 (let ((?x387 (+ 1.0 ?x394)))
 (let ((?x281 (+ ?x387 ?x398)))
 (let ((?x175 (+ ?x398 ?x281)))
 (let ((?x383 (/ ?x700 ?x705)))
 (let ((?x384 (- ?x383)))
 (let ((?x380 (+ 1.0 ?x384)))
 (let ((?x232 (* 0.0 ?x380)))
 (let ((?x445 (+ ?x384 ?x232)))
 (let ((?x379 (* 0.0 ?x384)))
 (let ((?x447 (+ ?x379 ?x445)))
 (let ((?x183 (/ ?x157 exp!5)))
 (let ((?x280 (* ?x183 ?x447)))
 (let ((?x176 (* ?x280 ?x175)))
 (let ((?x189 (- ?x700)))
 (let ((?x341 (* ?x157 ?x189)))
 (let ((?x192 (/ 1.0 (* ?x705 ?x705))))
 (let ((?x342 (* ?x192 ?x341)))
 (let ((?x443 (/ 0.0 ?x705)))
 (let ((?x352 (+ ?x443 ?x342)))
 (let ((?x353 (- ?x352)))
 (let ((?x350 (* 0.0 ?x353)))
 (let ((?x209 (+ ?x353 ?x350)))
 (let ((?x210 (+ ?x350 ?x209)))
 (let ((?x184 (* ?x183 ?x210)))
 (let ((?x311 (+ ?x184 ?x176)))
 (let ((?x388 (* 0.0 ?x387)))
 (let ((?x217 (+ ?x394 ?x388)))
 (let ((?x218 (+ ?x398 ?x217)))
 (let ((?x206 (+ ?x379 ?x380)))
 (let ((?x212 (+ ?x379 ?x206)))
 (let ((?x202 (/ ?x700 exp!5)))
 (let ((?x213 (* ?x202 ?x212)))
 (let ((?x327 (* ?x213 ?x218)))
 (let ((?x211 (* ?x202 ?x210)))
 (let ((?x328 (+ ?x211 ?x327)))
 (let ((?x315 (+ ?x328 ?x311)))
 (let ((?x400 (+ ?x388 ?x398)))
 (let ((?x268 (+ ?x394 ?x400)))
 (let ((?x233 (+ ?x379 ?x232)))
 (let ((?x234 (+ ?x384 ?x233)))
 (let ((?x381 (/ 1.0 exp!5)))
 (let ((?x196 (* ?x381 ?x234)))
 (let ((?x282 (* ?x196 ?x268)))
 (let ((?x351 (+ ?x350 ?x350)))
 (let ((?x205 (+ ?x353 ?x351)))
 (let ((?x382 (* ?x381 ?x205)))
 (let ((?x283 (+ ?x382 ?x282)))
 (let ((?x316 (+ ?x283 ?x315)))
 (or (and (distinct 0.0 ?x316) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(let ((?x157 (/ ?x9 exp!3)))
(let ((?x700 (/ (* 1.0 exp!2) exp!3)))
(let ((?x687 (+ ?x700 ?x157)))
(let ((?x705 (+ 1.0 ?x687)))
(=> (> ?x705 0.0) (= exp!5 ?x705))))))))
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
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x273 (/ ?x480 exp!1)))
 (let ((?x598 (+ 1.0 ?x273)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x251 (/ ?x55 exp!1)))
 (let ((?x399 (+ ?x251 ?x598)))
 (let (($x621 (= 0.0 ?x399)))
 (not $x621)))))))))
(assert
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x273 (/ ?x480 exp!1)))
 (let ((?x598 (+ 1.0 ?x273)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x251 (/ ?x55 exp!1)))
 (let ((?x399 (+ ?x251 ?x598)))
 (let (($x621 (= 0.0 ?x399)))
 (not $x621)))))))))
(assert
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x273 (/ ?x480 exp!1)))
 (let ((?x598 (+ 1.0 ?x273)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x251 (/ ?x55 exp!1)))
 (let ((?x399 (+ ?x251 ?x598)))
 (< 0.0 ?x399))))))))
(assert
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x273 (/ ?x480 exp!1)))
 (let ((?x598 (+ 1.0 ?x273)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x251 (/ ?x55 exp!1)))
 (let ((?x399 (+ ?x251 ?x598)))
 (let (($x621 (= 0.0 ?x399)))
 (not $x621)))))))))
(assert
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x273 (/ ?x480 exp!1)))
 (let ((?x598 (+ 1.0 ?x273)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x251 (/ ?x55 exp!1)))
 (let ((?x399 (+ ?x251 ?x598)))
 (let (($x621 (= 0.0 ?x399)))
 (not $x621)))))))))
(assert
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x273 (/ ?x480 exp!1)))
 (let ((?x598 (+ 1.0 ?x273)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x251 (/ ?x55 exp!1)))
 (let ((?x399 (+ ?x251 ?x598)))
 (let (($x621 (= 0.0 ?x399)))
 (not $x621)))))))))
(assert
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x273 (/ ?x480 exp!1)))
 (let ((?x598 (+ 1.0 ?x273)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x251 (/ ?x55 exp!1)))
 (let ((?x399 (+ ?x251 ?x598)))
 (let ((?x224 (/ 1.0 ?x399)))
 (let ((?x424 (- ?x224)))
 (let ((?x603 (* 0.0 ?x424)))
 (let ((?x721 (+ 1.0 ?x424)))
 (let ((?x168 (+ ?x721 ?x603)))
 (let ((?x558 (+ ?x603 ?x168)))
 (let ((?x397 (/ ?x273 ?x399)))
 (let ((?x418 (- ?x397)))
 (let ((?x760 (+ 1.0 ?x418)))
 (let ((?x677 (* 0.0 ?x760)))
 (let ((?x1013 (+ ?x418 ?x677)))
 (let ((?x364 (* 0.0 ?x418)))
 (let ((?x301 (+ ?x364 ?x1013)))
 (let ((?x484 (/ 1.0 exp!6)))
 (let ((?x735 (* ?x484 ?x301)))
 (let ((?x574 (* ?x735 ?x558)))
 (let ((?x433 (/ 1.0 (* ?x399 ?x399))))
 (let ((?x449 (- ?x273)))
 (let ((?x376 (* ?x449 ?x433)))
 (let ((?x591 (/ 0.0 ?x399)))
 (let ((?x220 (+ ?x591 ?x376)))
 (let ((?x244 (- ?x220)))
 (let ((?x346 (* 0.0 ?x244)))
 (let ((?x159 (+ ?x244 ?x346)))
 (let ((?x787 (+ ?x346 ?x159)))
 (let ((?x385 (* ?x484 ?x787)))
 (let ((?x1003 (+ ?x385 ?x574)))
 (let ((?x1012 (* 0.0 ?x721)))
 (let ((?x518 (+ ?x424 ?x1012)))
 (let ((?x1006 (+ ?x603 ?x518)))
 (let ((?x792 (+ ?x364 ?x760)))
 (let ((?x772 (+ ?x364 ?x792)))
 (let ((?x1015 (/ ?x273 exp!6)))
 (let ((?x366 (* ?x1015 ?x772)))
 (let ((?x302 (* ?x366 ?x1006)))
 (let ((?x564 (* ?x1015 ?x787)))
 (let ((?x637 (+ ?x564 ?x302)))
 (let ((?x1016 (+ ?x637 ?x1003)))
 (let ((?x542 (+ ?x1012 ?x603)))
 (let ((?x357 (+ ?x424 ?x542)))
 (let ((?x559 (+ ?x364 ?x677)))
 (let ((?x1024 (+ ?x418 ?x559)))
 (let ((?x417 (/ ?x251 exp!6)))
 (let ((?x361 (* ?x417 ?x1024)))
 (let ((?x674 (* ?x361 ?x357)))
 (let ((?x1023 (+ ?x346 ?x346)))
 (let ((?x362 (+ ?x244 ?x1023)))
 (let ((?x396 (* ?x417 ?x362)))
 (let ((?x426 (+ ?x396 ?x674)))
 (let ((?x641 (+ ?x426 ?x1016)))
 (or (and (distinct 0.0 ?x641) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
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
 (let ((?x480 (* 1.0 exp!2)))
(let ((?x273 (/ ?x480 exp!1)))
(let ((?x598 (+ 1.0 ?x273)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x251 (/ ?x55 exp!1)))
(let ((?x399 (+ ?x251 ?x598)))
(=> (> ?x399 0.0) (= exp!6 ?x399)))))))))
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
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (< 0.0 ?x705))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let (($x703 (= 0.0 ?x705)))
 (not $x703)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (let ((?x240 (/ ?x157 ?x705)))
 (let ((?x394 (- ?x240)))
 (let ((?x398 (* 0.0 ?x394)))
 (let ((?x387 (+ 1.0 ?x394)))
 (let ((?x281 (+ ?x387 ?x398)))
 (let ((?x175 (+ ?x398 ?x281)))
 (let ((?x383 (/ ?x700 ?x705)))
 (let ((?x384 (- ?x383)))
 (let ((?x380 (+ 1.0 ?x384)))
 (let ((?x232 (* 0.0 ?x380)))
 (let ((?x445 (+ ?x384 ?x232)))
 (let ((?x379 (* 0.0 ?x384)))
 (let ((?x447 (+ ?x379 ?x445)))
 (let ((?x183 (/ ?x157 exp!5)))
 (let ((?x280 (* ?x183 ?x447)))
 (let ((?x176 (* ?x280 ?x175)))
 (let ((?x189 (- ?x700)))
 (let ((?x341 (* ?x157 ?x189)))
 (let ((?x192 (/ 1.0 (* ?x705 ?x705))))
 (let ((?x342 (* ?x192 ?x341)))
 (let ((?x443 (/ 0.0 ?x705)))
 (let ((?x352 (+ ?x443 ?x342)))
 (let ((?x353 (- ?x352)))
 (let ((?x350 (* 0.0 ?x353)))
 (let ((?x209 (+ ?x353 ?x350)))
 (let ((?x210 (+ ?x350 ?x209)))
 (let ((?x184 (* ?x183 ?x210)))
 (let ((?x311 (+ ?x184 ?x176)))
 (let ((?x388 (* 0.0 ?x387)))
 (let ((?x217 (+ ?x394 ?x388)))
 (let ((?x218 (+ ?x398 ?x217)))
 (let ((?x206 (+ ?x379 ?x380)))
 (let ((?x212 (+ ?x379 ?x206)))
 (let ((?x202 (/ ?x700 exp!5)))
 (let ((?x213 (* ?x202 ?x212)))
 (let ((?x327 (* ?x213 ?x218)))
 (let ((?x211 (* ?x202 ?x210)))
 (let ((?x328 (+ ?x211 ?x327)))
 (let ((?x315 (+ ?x328 ?x311)))
 (let ((?x400 (+ ?x388 ?x398)))
 (let ((?x268 (+ ?x394 ?x400)))
 (let ((?x233 (+ ?x379 ?x232)))
 (let ((?x234 (+ ?x384 ?x233)))
 (let ((?x381 (/ 1.0 exp!5)))
 (let ((?x196 (* ?x381 ?x234)))
 (let ((?x282 (* ?x196 ?x268)))
 (let ((?x351 (+ ?x350 ?x350)))
 (let ((?x205 (+ ?x353 ?x351)))
 (let ((?x382 (* ?x381 ?x205)))
 (let ((?x283 (+ ?x382 ?x282)))
 (let ((?x316 (+ ?x283 ?x315)))
 (or (and (distinct 0.0 ?x316) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x480 (* 1.0 exp!2)))
 (let ((?x700 (/ ?x480 exp!3)))
 (let ((?x687 (+ ?x700 ?x157)))
 (let ((?x705 (+ 1.0 ?x687)))
 (=> (> ?x705 0.0) (= exp!5 ?x705)))))))))
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
 (let ((?x480 (* 1.0 exp!2)))
(let ((?x273 (/ ?x480 exp!1)))
(let ((?x598 (+ 1.0 ?x273)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x251 (/ ?x55 exp!1)))
(let ((?x399 (+ ?x251 ?x598)))
(=> (> ?x399 0.0) (= exp!6 ?x399)))))))))
(check-sat)
(pop 1)
