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
 (let ((?x401 (/ ?x157 ?x704)))
 (let ((?x197 (- ?x401)))
 (let ((?x209 (* 0.0 ?x197)))
 (let ((?x228 (+ 1.0 ?x197)))
 (let ((?x251 (+ ?x228 ?x209)))
 (let ((?x256 (+ ?x209 ?x251)))
 (let ((?x315 (/ ?x157 exp!5)))
 (let ((?x261 (* ?x315 ?x256)))
 (let ((?x238 (/ ?x699 ?x704)))
 (let ((?x239 (- ?x238)))
 (let ((?x402 (+ 1.0 ?x239)))
 (let ((?x403 (* 0.0 ?x402)))
 (let ((?x318 (+ ?x239 ?x403)))
 (let ((?x380 (* 0.0 ?x239)))
 (let ((?x250 (+ ?x380 ?x318)))
 (let ((?x257 (* ?x250 ?x261)))
 (let ((?x341 (- ?x157)))
 (let ((?x351 (* ?x699 ?x341)))
 (let ((?x340 (/ 1.0 (* ?x704 ?x704))))
 (let ((?x352 (* ?x340 ?x351)))
 (let ((?x192 (/ 0.0 ?x704)))
 (let ((?x349 (+ ?x192 ?x352)))
 (let ((?x350 (- ?x349)))
 (let ((?x205 (* 0.0 ?x350)))
 (let ((?x242 (+ ?x350 ?x205)))
 (let ((?x217 (+ ?x205 ?x242)))
 (let ((?x316 (* ?x315 ?x217)))
 (let ((?x259 (+ ?x316 ?x257)))
 (let ((?x229 (* 0.0 ?x228)))
 (let ((?x182 (+ ?x197 ?x229)))
 (let ((?x183 (+ ?x209 ?x182)))
 (let ((?x218 (/ ?x699 exp!5)))
 (let ((?x184 (* ?x218 ?x183)))
 (let ((?x327 (+ ?x380 ?x402)))
 (let ((?x181 (+ ?x380 ?x327)))
 (let ((?x175 (* ?x181 ?x184)))
 (let ((?x326 (* ?x218 ?x217)))
 (let ((?x176 (+ ?x326 ?x175)))
 (let ((?x260 (+ ?x176 ?x259)))
 (let ((?x210 (+ ?x229 ?x209)))
 (let ((?x202 (+ ?x197 ?x210)))
 (let ((?x234 (/ 1.0 exp!5)))
 (let ((?x211 (* ?x234 ?x202)))
 (let ((?x404 (+ ?x380 ?x403)))
 (let ((?x400 (+ ?x239 ?x404)))
 (let ((?x206 (* ?x400 ?x211)))
 (let ((?x232 (+ ?x205 ?x205)))
 (let ((?x233 (+ ?x350 ?x232)))
 (let ((?x196 (* ?x234 ?x233)))
 (let ((?x212 (+ ?x196 ?x206)))
 (let ((?x321 (+ ?x212 ?x260)))
 (or (and (distinct 0.0 ?x321) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x410 (/ ?x477 exp!1)))
 (let ((?x245 (+ 1.0 ?x410)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x291 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x291 ?x245)))
 (let (($x330 (= 0.0 ?x328)))
 (not $x330)))))))))
(assert
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x410 (/ ?x477 exp!1)))
 (let ((?x245 (+ 1.0 ?x410)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x291 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x291 ?x245)))
 (let (($x330 (= 0.0 ?x328)))
 (not $x330)))))))))
(assert
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x410 (/ ?x477 exp!1)))
 (let ((?x245 (+ 1.0 ?x410)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x291 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x291 ?x245)))
 (< 0.0 ?x328))))))))
(assert
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x410 (/ ?x477 exp!1)))
 (let ((?x245 (+ 1.0 ?x410)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x291 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x291 ?x245)))
 (let (($x330 (= 0.0 ?x328)))
 (not $x330)))))))))
(assert
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x410 (/ ?x477 exp!1)))
 (let ((?x245 (+ 1.0 ?x410)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x291 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x291 ?x245)))
 (let (($x330 (= 0.0 ?x328)))
 (not $x330)))))))))
(assert
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x410 (/ ?x477 exp!1)))
 (let ((?x245 (+ 1.0 ?x410)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x291 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x291 ?x245)))
 (let (($x330 (= 0.0 ?x328)))
 (not $x330)))))))))
(assert
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x410 (/ ?x477 exp!1)))
 (let ((?x245 (+ 1.0 ?x410)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x291 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x291 ?x245)))
 (let ((?x438 (/ 1.0 ?x328)))
 (let ((?x277 (- ?x438)))
 (let ((?x998 (* 0.0 ?x277)))
 (let ((?x302 (+ 1.0 ?x277)))
 (let ((?x569 (+ ?x302 ?x998)))
 (let ((?x306 (+ ?x998 ?x569)))
 (let ((?x765 (/ 1.0 exp!6)))
 (let ((?x577 (* ?x765 ?x306)))
 (let ((?x173 (/ ?x410 ?x328)))
 (let ((?x435 (- ?x173)))
 (let ((?x293 (+ 1.0 ?x435)))
 (let ((?x368 (* 0.0 ?x293)))
 (let ((?x999 (+ ?x435 ?x368)))
 (let ((?x398 (* 0.0 ?x435)))
 (let ((?x989 (+ ?x398 ?x999)))
 (let ((?x708 (* ?x989 ?x577)))
 (let ((?x769 (/ 1.0 (* ?x328 ?x328))))
 (let ((?x427 (- ?x410)))
 (let ((?x441 (* ?x427 ?x769)))
 (let ((?x426 (/ 0.0 ?x328)))
 (let ((?x388 (+ ?x426 ?x441)))
 (let ((?x275 (- ?x388)))
 (let ((?x440 (* 0.0 ?x275)))
 (let ((?x294 (+ ?x275 ?x440)))
 (let ((?x386 (+ ?x440 ?x294)))
 (let ((?x626 (* ?x765 ?x386)))
 (let ((?x674 (+ ?x626 ?x708)))
 (let ((?x784 (* 0.0 ?x302)))
 (let ((?x434 (+ ?x277 ?x784)))
 (let ((?x243 (+ ?x998 ?x434)))
 (let ((?x1001 (/ ?x410 exp!6)))
 (let ((?x992 (* ?x1001 ?x243)))
 (let ((?x794 (+ ?x398 ?x293)))
 (let ((?x432 (+ ?x398 ?x794)))
 (let ((?x324 (* ?x432 ?x992)))
 (let ((?x495 (* ?x1001 ?x386)))
 (let ((?x546 (+ ?x495 ?x324)))
 (let ((?x1002 (+ ?x546 ?x674)))
 (let ((?x224 (+ ?x784 ?x998)))
 (let ((?x487 (+ ?x277 ?x224)))
 (let ((?x292 (/ ?x291 exp!6)))
 (let ((?x409 (* ?x292 ?x487)))
 (let ((?x641 (+ ?x398 ?x368)))
 (let ((?x1010 (+ ?x435 ?x641)))
 (let ((?x423 (* ?x1010 ?x409)))
 (let ((?x1009 (+ ?x440 ?x440)))
 (let ((?x767 (+ ?x275 ?x1009)))
 (let ((?x516 (* ?x292 ?x767)))
 (let ((?x371 (+ ?x516 ?x423)))
 (let ((?x781 (+ ?x371 ?x1002)))
 (or (and (distinct 0.0 ?x781) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x699 (/ ?x477 exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (=> (> ?x704 0.0) (= exp!5 ?x704)))))))))
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
 (let ((?x477 (* 1.0 exp!2)))
(let ((?x410 (/ ?x477 exp!1)))
(let ((?x245 (+ 1.0 ?x410)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x291 (/ ?x55 exp!1)))
(let ((?x328 (+ ?x291 ?x245)))
(=> (> ?x328 0.0) (= exp!6 ?x328)))))))))
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
 (let ((?x401 (/ ?x157 ?x704)))
 (let ((?x197 (- ?x401)))
 (let ((?x209 (* 0.0 ?x197)))
 (let ((?x228 (+ 1.0 ?x197)))
 (let ((?x251 (+ ?x228 ?x209)))
 (let ((?x256 (+ ?x209 ?x251)))
 (let ((?x315 (/ ?x157 exp!5)))
 (let ((?x261 (* ?x315 ?x256)))
 (let ((?x238 (/ ?x699 ?x704)))
 (let ((?x239 (- ?x238)))
 (let ((?x402 (+ 1.0 ?x239)))
 (let ((?x403 (* 0.0 ?x402)))
 (let ((?x318 (+ ?x239 ?x403)))
 (let ((?x380 (* 0.0 ?x239)))
 (let ((?x250 (+ ?x380 ?x318)))
 (let ((?x257 (* ?x250 ?x261)))
 (let ((?x341 (- ?x157)))
 (let ((?x351 (* ?x699 ?x341)))
 (let ((?x340 (/ 1.0 (* ?x704 ?x704))))
 (let ((?x352 (* ?x340 ?x351)))
 (let ((?x192 (/ 0.0 ?x704)))
 (let ((?x349 (+ ?x192 ?x352)))
 (let ((?x350 (- ?x349)))
 (let ((?x205 (* 0.0 ?x350)))
 (let ((?x242 (+ ?x350 ?x205)))
 (let ((?x217 (+ ?x205 ?x242)))
 (let ((?x316 (* ?x315 ?x217)))
 (let ((?x259 (+ ?x316 ?x257)))
 (let ((?x229 (* 0.0 ?x228)))
 (let ((?x182 (+ ?x197 ?x229)))
 (let ((?x183 (+ ?x209 ?x182)))
 (let ((?x218 (/ ?x699 exp!5)))
 (let ((?x184 (* ?x218 ?x183)))
 (let ((?x327 (+ ?x380 ?x402)))
 (let ((?x181 (+ ?x380 ?x327)))
 (let ((?x175 (* ?x181 ?x184)))
 (let ((?x326 (* ?x218 ?x217)))
 (let ((?x176 (+ ?x326 ?x175)))
 (let ((?x260 (+ ?x176 ?x259)))
 (let ((?x210 (+ ?x229 ?x209)))
 (let ((?x202 (+ ?x197 ?x210)))
 (let ((?x234 (/ 1.0 exp!5)))
 (let ((?x211 (* ?x234 ?x202)))
 (let ((?x404 (+ ?x380 ?x403)))
 (let ((?x400 (+ ?x239 ?x404)))
 (let ((?x206 (* ?x400 ?x211)))
 (let ((?x232 (+ ?x205 ?x205)))
 (let ((?x233 (+ ?x350 ?x232)))
 (let ((?x196 (* ?x234 ?x233)))
 (let ((?x212 (+ ?x196 ?x206)))
 (let ((?x321 (+ ?x212 ?x260)))
 (or (and (distinct 0.0 ?x321) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x477 (* 1.0 exp!2)))
 (let ((?x699 (/ ?x477 exp!3)))
 (let ((?x686 (+ ?x699 ?x157)))
 (let ((?x704 (+ 1.0 ?x686)))
 (=> (> ?x704 0.0) (= exp!5 ?x704)))))))))
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
 (let ((?x477 (* 1.0 exp!2)))
(let ((?x410 (/ ?x477 exp!1)))
(let ((?x245 (+ 1.0 ?x410)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x291 (/ ?x55 exp!1)))
(let ((?x328 (+ ?x291 ?x245)))
(=> (> ?x328 0.0) (= exp!6 ?x328)))))))))
(check-sat)
(pop 1)
