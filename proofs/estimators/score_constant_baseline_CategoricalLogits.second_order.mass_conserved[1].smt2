; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[1]', verdict unproved
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
 (let ((?x143 (* ?x142 ?x130)))
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
 (let ((?x699 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (let (($x702 (= 0.0 ?x704)))
 (not $x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x699 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (let (($x702 (= 0.0 ?x704)))
 (not $x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x699 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (< 0.0 ?x704)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x699 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (let (($x702 (= 0.0 ?x704)))
 (not $x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x699 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (let (($x702 (= 0.0 ?x704)))
 (not $x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x699 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (let (($x702 (= 0.0 ?x704)))
 (not $x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x699 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (let ((?x393 (/ ?x157 ?x704)))
 (let ((?x386 (- ?x393)))
 (let ((?x399 (* 0.0 ?x386)))
 (let ((?x387 (+ 1.0 ?x386)))
 (let ((?x446 (+ ?x387 ?x399)))
 (let ((?x175 (+ ?x399 ?x446)))
 (let ((?x182 (/ ?x157 exp!5)))
 (let ((?x176 (* ?x182 ?x175)))
 (let ((?x382 (/ ?x699 ?x704)))
 (let ((?x383 (- ?x382)))
 (let ((?x379 (+ 1.0 ?x383)))
 (let ((?x232 (* 0.0 ?x379)))
 (let ((?x184 (+ ?x383 ?x232)))
 (let ((?x378 (* 0.0 ?x383)))
 (let ((?x444 (+ ?x378 ?x184)))
 (let ((?x310 (* ?x444 ?x176)))
 (let ((?x189 (- ?x157)))
 (let ((?x340 (* ?x699 ?x189)))
 (let ((?x192 (/ 1.0 (* ?x704 ?x704))))
 (let ((?x341 (* ?x192 ?x340)))
 (let ((?x442 (/ 0.0 ?x704)))
 (let ((?x351 (+ ?x442 ?x341)))
 (let ((?x352 (- ?x351)))
 (let ((?x349 (* 0.0 ?x352)))
 (let ((?x202 (+ ?x352 ?x349)))
 (let ((?x211 (+ ?x349 ?x202)))
 (let ((?x183 (* ?x182 ?x211)))
 (let ((?x314 (+ ?x183 ?x310)))
 (let ((?x397 (* 0.0 ?x387)))
 (let ((?x241 (+ ?x386 ?x397)))
 (let ((?x242 (+ ?x399 ?x241)))
 (let ((?x206 (/ ?x699 exp!5)))
 (let ((?x217 (* ?x206 ?x242)))
 (let ((?x213 (+ ?x378 ?x379)))
 (let ((?x230 (+ ?x378 ?x213)))
 (let ((?x218 (* ?x230 ?x217)))
 (let ((?x212 (* ?x206 ?x211)))
 (let ((?x326 (+ ?x212 ?x218)))
 (let ((?x315 (+ ?x326 ?x314)))
 (let ((?x196 (+ ?x397 ?x399)))
 (let ((?x238 (+ ?x386 ?x196)))
 (let ((?x380 (/ 1.0 exp!5)))
 (let ((?x239 (* ?x380 ?x238)))
 (let ((?x233 (+ ?x378 ?x232)))
 (let ((?x234 (+ ?x383 ?x233)))
 (let ((?x197 (* ?x234 ?x239)))
 (let ((?x350 (+ ?x349 ?x349)))
 (let ((?x205 (+ ?x352 ?x350)))
 (let ((?x381 (* ?x380 ?x205)))
 (let ((?x228 (+ ?x381 ?x197)))
 (let ((?x316 (+ ?x228 ?x315)))
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
(let ((?x699 (/ (* 1.0 exp!2) exp!3)))
(let ((?x686 (+ ?x699 ?x157)))
(let ((?x704 (+ 1.0 ?x686)))
(=> (> ?x704 0.0) (= exp!5 ?x704))))))))
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
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x278 (/ ?x477 exp!1)))
 (let ((?x671 (+ 1.0 ?x278)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x373 (/ ?x55 exp!1)))
 (let ((?x462 (+ ?x373 ?x671)))
 (let (($x303 (= 0.0 ?x462)))
 (not $x303)))))))))
(assert
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x278 (/ ?x477 exp!1)))
 (let ((?x671 (+ 1.0 ?x278)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x373 (/ ?x55 exp!1)))
 (let ((?x462 (+ ?x373 ?x671)))
 (let (($x303 (= 0.0 ?x462)))
 (not $x303)))))))))
(assert
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x278 (/ ?x477 exp!1)))
 (let ((?x671 (+ 1.0 ?x278)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x373 (/ ?x55 exp!1)))
 (let ((?x462 (+ ?x373 ?x671)))
 (< 0.0 ?x462))))))))
(assert
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x278 (/ ?x477 exp!1)))
 (let ((?x671 (+ 1.0 ?x278)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x373 (/ ?x55 exp!1)))
 (let ((?x462 (+ ?x373 ?x671)))
 (let (($x303 (= 0.0 ?x462)))
 (not $x303)))))))))
(assert
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x278 (/ ?x477 exp!1)))
 (let ((?x671 (+ 1.0 ?x278)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x373 (/ ?x55 exp!1)))
 (let ((?x462 (+ ?x373 ?x671)))
 (let (($x303 (= 0.0 ?x462)))
 (not $x303)))))))))
(assert
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x278 (/ ?x477 exp!1)))
 (let ((?x671 (+ 1.0 ?x278)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x373 (/ ?x55 exp!1)))
 (let ((?x462 (+ ?x373 ?x671)))
 (let (($x303 (= 0.0 ?x462)))
 (not $x303)))))))))
(assert
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x278 (/ ?x477 exp!1)))
 (let ((?x671 (+ 1.0 ?x278)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x373 (/ ?x55 exp!1)))
 (let ((?x462 (+ ?x373 ?x671)))
 (let ((?x364 (/ 1.0 ?x462)))
 (let ((?x772 (- ?x364)))
 (let ((?x1017 (* 0.0 ?x772)))
 (let ((?x418 (+ 1.0 ?x772)))
 (let ((?x160 (+ ?x418 ?x1017)))
 (let ((?x221 (+ ?x1017 ?x160)))
 (let ((?x330 (/ 1.0 exp!6)))
 (let ((?x712 (* ?x330 ?x221)))
 (let ((?x725 (/ ?x278 ?x462)))
 (let ((?x298 (- ?x725)))
 (let ((?x635 (+ 1.0 ?x298)))
 (let ((?x159 (* 0.0 ?x635)))
 (let ((?x1018 (+ ?x298 ?x159)))
 (let ((?x214 (* 0.0 ?x298)))
 (let ((?x1008 (+ ?x214 ?x1018)))
 (let ((?x563 (* ?x1008 ?x712)))
 (let ((?x411 (/ 1.0 (* ?x462 ?x462))))
 (let ((?x268 (- ?x278)))
 (let ((?x413 (* ?x268 ?x411)))
 (let ((?x366 (/ 0.0 ?x462)))
 (let ((?x434 (+ ?x366 ?x413)))
 (let ((?x673 (- ?x434)))
 (let ((?x245 (* 0.0 ?x673)))
 (let ((?x173 (+ ?x673 ?x245)))
 (let ((?x299 (+ ?x245 ?x173)))
 (let ((?x777 (* ?x330 ?x299)))
 (let ((?x807 (+ ?x777 ?x563)))
 (let ((?x722 (* 0.0 ?x418)))
 (let ((?x355 (+ ?x772 ?x722)))
 (let ((?x178 (+ ?x1017 ?x355)))
 (let ((?x1020 (/ ?x278 exp!6)))
 (let ((?x1011 (* ?x1020 ?x178)))
 (let ((?x753 (+ ?x214 ?x635)))
 (let ((?x763 (+ ?x214 ?x753)))
 (let ((?x265 (* ?x763 ?x1011)))
 (let ((?x474 (* ?x1020 ?x299)))
 (let ((?x669 (+ ?x474 ?x265)))
 (let ((?x1021 (+ ?x669 ?x807)))
 (let ((?x361 (+ ?x722 ?x1017)))
 (let ((?x596 (+ ?x772 ?x361)))
 (let ((?x526 (/ ?x373 exp!6)))
 (let ((?x440 (* ?x526 ?x596)))
 (let ((?x172 (+ ?x214 ?x159)))
 (let ((?x1029 (+ ?x298 ?x172)))
 (let ((?x158 (* ?x1029 ?x440)))
 (let ((?x1028 (+ ?x245 ?x245)))
 (let ((?x365 (+ ?x673 ?x1028)))
 (let ((?x640 (* ?x526 ?x365)))
 (let ((?x312 (+ ?x640 ?x158)))
 (let ((?x714 (+ ?x312 ?x1021)))
 (or (and (distinct 0.0 ?x714) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x699 (/ ?x477 exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (=> (> ?x704 0.0) (= exp!5 ?x704)))))))))
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
 (let ((?x477 (* 1.0 exp!2)))
(let ((?x278 (/ ?x477 exp!1)))
(let ((?x671 (+ 1.0 ?x278)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x373 (/ ?x55 exp!1)))
(let ((?x462 (+ ?x373 ?x671)))
(=> (> ?x462 0.0) (= exp!6 ?x462)))))))))
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
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x699 (/ ?x477 exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (let (($x702 (= 0.0 ?x704)))
 (not $x702)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x699 (/ ?x477 exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (let (($x702 (= 0.0 ?x704)))
 (not $x702)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x699 (/ ?x477 exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (< 0.0 ?x704))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x699 (/ ?x477 exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (let (($x702 (= 0.0 ?x704)))
 (not $x702)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x699 (/ ?x477 exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (let (($x702 (= 0.0 ?x704)))
 (not $x702)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x699 (/ ?x477 exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (let (($x702 (= 0.0 ?x704)))
 (not $x702)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x699 (/ ?x477 exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (let ((?x393 (/ ?x157 ?x704)))
 (let ((?x386 (- ?x393)))
 (let ((?x399 (* 0.0 ?x386)))
 (let ((?x387 (+ 1.0 ?x386)))
 (let ((?x446 (+ ?x387 ?x399)))
 (let ((?x175 (+ ?x399 ?x446)))
 (let ((?x182 (/ ?x157 exp!5)))
 (let ((?x176 (* ?x182 ?x175)))
 (let ((?x382 (/ ?x699 ?x704)))
 (let ((?x383 (- ?x382)))
 (let ((?x379 (+ 1.0 ?x383)))
 (let ((?x232 (* 0.0 ?x379)))
 (let ((?x184 (+ ?x383 ?x232)))
 (let ((?x378 (* 0.0 ?x383)))
 (let ((?x444 (+ ?x378 ?x184)))
 (let ((?x310 (* ?x444 ?x176)))
 (let ((?x189 (- ?x157)))
 (let ((?x340 (* ?x699 ?x189)))
 (let ((?x192 (/ 1.0 (* ?x704 ?x704))))
 (let ((?x341 (* ?x192 ?x340)))
 (let ((?x442 (/ 0.0 ?x704)))
 (let ((?x351 (+ ?x442 ?x341)))
 (let ((?x352 (- ?x351)))
 (let ((?x349 (* 0.0 ?x352)))
 (let ((?x202 (+ ?x352 ?x349)))
 (let ((?x211 (+ ?x349 ?x202)))
 (let ((?x183 (* ?x182 ?x211)))
 (let ((?x314 (+ ?x183 ?x310)))
 (let ((?x397 (* 0.0 ?x387)))
 (let ((?x241 (+ ?x386 ?x397)))
 (let ((?x242 (+ ?x399 ?x241)))
 (let ((?x206 (/ ?x699 exp!5)))
 (let ((?x217 (* ?x206 ?x242)))
 (let ((?x213 (+ ?x378 ?x379)))
 (let ((?x230 (+ ?x378 ?x213)))
 (let ((?x218 (* ?x230 ?x217)))
 (let ((?x212 (* ?x206 ?x211)))
 (let ((?x326 (+ ?x212 ?x218)))
 (let ((?x315 (+ ?x326 ?x314)))
 (let ((?x196 (+ ?x397 ?x399)))
 (let ((?x238 (+ ?x386 ?x196)))
 (let ((?x380 (/ 1.0 exp!5)))
 (let ((?x239 (* ?x380 ?x238)))
 (let ((?x233 (+ ?x378 ?x232)))
 (let ((?x234 (+ ?x383 ?x233)))
 (let ((?x197 (* ?x234 ?x239)))
 (let ((?x350 (+ ?x349 ?x349)))
 (let ((?x205 (+ ?x352 ?x350)))
 (let ((?x381 (* ?x380 ?x205)))
 (let ((?x228 (+ ?x381 ?x197)))
 (let ((?x316 (+ ?x228 ?x315)))
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
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x699 (/ ?x477 exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (=> (> ?x704 0.0) (= exp!5 ?x704)))))))))
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
 (let ((?x477 (* 1.0 exp!2)))
(let ((?x278 (/ ?x477 exp!1)))
(let ((?x671 (+ 1.0 ?x278)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x373 (/ ?x55 exp!1)))
(let ((?x462 (+ ?x373 ?x671)))
(=> (> ?x462 0.0) (= exp!6 ?x462)))))))))
(check-sat)
(pop 1)
