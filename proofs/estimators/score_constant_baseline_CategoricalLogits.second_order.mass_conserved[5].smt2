; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[5]', verdict unproved
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
 (let ((?x253 (/ 1.0 ?x709)))
 (let ((?x215 (- ?x253)))
 (let ((?x214 (* 0.0 ?x215)))
 (let ((?x382 (+ ?x215 ?x214)))
 (let ((?x202 (+ 1.0 ?x215)))
 (let ((?x381 (* 0.0 ?x202)))
 (let ((?x383 (+ ?x381 ?x382)))
 (let ((?x388 (/ ?x156 exp!5)))
 (let ((?x220 (* ?x388 ?x383)))
 (let ((?x212 (/ ?x156 ?x709)))
 (let ((?x256 (- ?x212)))
 (let ((?x251 (* 0.0 ?x256)))
 (let ((?x257 (+ 1.0 ?x256)))
 (let ((?x400 (+ ?x257 ?x251)))
 (let ((?x219 (+ ?x251 ?x400)))
 (let ((?x216 (* ?x219 ?x220)))
 (let ((?x254 (- ?x156)))
 (let ((?x196 (/ 1.0 (* ?x709 ?x709))))
 (let ((?x255 (* ?x196 ?x254)))
 (let ((?x443 (/ 0.0 ?x709)))
 (let ((?x208 (+ ?x443 ?x255)))
 (let ((?x209 (- ?x208)))
 (let ((?x201 (* 0.0 ?x209)))
 (let ((?x236 (+ ?x209 ?x201)))
 (let ((?x263 (+ ?x201 ?x236)))
 (let ((?x398 (* ?x388 ?x263)))
 (let ((?x217 (+ ?x398 ?x216)))
 (let ((?x275 (/ ?x702 exp!5)))
 (let ((?x384 (* ?x275 ?x383)))
 (let ((?x222 (* 0.0 ?x257)))
 (let ((?x262 (+ ?x256 ?x222)))
 (let ((?x225 (+ ?x251 ?x262)))
 (let ((?x379 (* ?x225 ?x384)))
 (let ((?x261 (* ?x275 ?x263)))
 (let ((?x380 (+ ?x261 ?x379)))
 (let ((?x213 (+ ?x380 ?x217)))
 (let ((?x191 (+ ?x214 ?x214)))
 (let ((?x188 (+ ?x202 ?x191)))
 (let ((?x205 (/ 1.0 exp!5)))
 (let ((?x341 (* ?x205 ?x188)))
 (let ((?x218 (+ ?x222 ?x251)))
 (let ((?x252 (+ ?x256 ?x218)))
 (let ((?x342 (* ?x252 ?x341)))
 (let ((?x204 (+ ?x201 ?x201)))
 (let ((?x210 (+ ?x209 ?x204)))
 (let ((?x211 (* ?x205 ?x210)))
 (let ((?x352 (+ ?x211 ?x342)))
 (let ((?x327 (+ ?x352 ?x213)))
 (or (and (distinct 0.0 ?x327) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x192 (/ ?x471 exp!1)))
 (let ((?x417 (+ 1.0 ?x192)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x324 (/ ?x55 exp!1)))
 (let ((?x426 (+ ?x324 ?x417)))
 (let (($x433 (= 0.0 ?x426)))
 (not $x433)))))))))
(assert
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x192 (/ ?x471 exp!1)))
 (let ((?x417 (+ 1.0 ?x192)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x324 (/ ?x55 exp!1)))
 (let ((?x426 (+ ?x324 ?x417)))
 (let (($x433 (= 0.0 ?x426)))
 (not $x433)))))))))
(assert
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x192 (/ ?x471 exp!1)))
 (let ((?x417 (+ 1.0 ?x192)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x324 (/ ?x55 exp!1)))
 (let ((?x426 (+ ?x324 ?x417)))
 (< 0.0 ?x426))))))))
(assert
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x192 (/ ?x471 exp!1)))
 (let ((?x417 (+ 1.0 ?x192)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x324 (/ ?x55 exp!1)))
 (let ((?x426 (+ ?x324 ?x417)))
 (let (($x433 (= 0.0 ?x426)))
 (not $x433)))))))))
(assert
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x192 (/ ?x471 exp!1)))
 (let ((?x417 (+ 1.0 ?x192)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x324 (/ ?x55 exp!1)))
 (let ((?x426 (+ ?x324 ?x417)))
 (let (($x433 (= 0.0 ?x426)))
 (not $x433)))))))))
(assert
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x192 (/ ?x471 exp!1)))
 (let ((?x417 (+ 1.0 ?x192)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x324 (/ ?x55 exp!1)))
 (let ((?x426 (+ ?x324 ?x417)))
 (let (($x433 (= 0.0 ?x426)))
 (not $x433)))))))))
(assert
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x192 (/ ?x471 exp!1)))
 (let ((?x417 (+ 1.0 ?x192)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x324 (/ ?x55 exp!1)))
 (let ((?x426 (+ ?x324 ?x417)))
 (let ((?x279 (/ ?x324 ?x426)))
 (let ((?x272 (- ?x279)))
 (let ((?x659 (* 0.0 ?x272)))
 (let ((?x413 (+ ?x272 ?x659)))
 (let ((?x406 (+ 1.0 ?x272)))
 (let ((?x815 (* 0.0 ?x406)))
 (let ((?x424 (+ ?x815 ?x413)))
 (let ((?x294 (/ 1.0 exp!6)))
 (let ((?x389 (* ?x294 ?x424)))
 (let ((?x172 (/ 1.0 ?x426)))
 (let ((?x617 (- ?x172)))
 (let ((?x390 (* 0.0 ?x617)))
 (let ((?x652 (+ 1.0 ?x617)))
 (let ((?x631 (+ ?x652 ?x390)))
 (let ((?x662 (+ ?x390 ?x631)))
 (let ((?x334 (* ?x662 ?x389)))
 (let ((?x306 (- ?x324)))
 (let ((?x480 (/ 1.0 (* ?x426 ?x426))))
 (let ((?x410 (* ?x480 ?x306)))
 (let ((?x594 (/ 0.0 ?x426)))
 (let ((?x370 (+ ?x594 ?x410)))
 (let ((?x414 (- ?x370)))
 (let ((?x371 (* 0.0 ?x414)))
 (let ((?x495 (+ ?x414 ?x371)))
 (let ((?x429 (+ ?x371 ?x495)))
 (let ((?x358 (* ?x294 ?x429)))
 (let ((?x242 (+ ?x358 ?x334)))
 (let ((?x509 (/ ?x192 exp!6)))
 (let ((?x730 (* ?x509 ?x424)))
 (let ((?x227 (* 0.0 ?x652)))
 (let ((?x469 (+ ?x617 ?x227)))
 (let ((?x818 (+ ?x390 ?x469)))
 (let ((?x391 (* ?x818 ?x730)))
 (let ((?x1006 (* ?x509 ?x429)))
 (let ((?x990 (+ ?x1006 ?x391)))
 (let ((?x602 (+ ?x990 ?x242)))
 (let ((?x1001 (+ ?x659 ?x659)))
 (let ((?x369 (+ ?x406 ?x1001)))
 (let ((?x461 (/ ?x324 exp!6)))
 (let ((?x168 (* ?x461 ?x369)))
 (let ((?x428 (+ ?x227 ?x390)))
 (let ((?x1013 (+ ?x617 ?x428)))
 (let ((?x160 (* ?x1013 ?x168)))
 (let ((?x1012 (+ ?x371 ?x371)))
 (let ((?x280 (+ ?x414 ?x1012)))
 (let ((?x171 (* ?x461 ?x280)))
 (let ((?x416 (+ ?x171 ?x160)))
 (let ((?x281 (+ ?x416 ?x602)))
 (or (and (distinct 0.0 ?x281) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x471 exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (=> (> ?x709 0.0) (= exp!5 ?x709)))))))))
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
 (let ((?x471 (* 1.0 exp!2)))
(let ((?x192 (/ ?x471 exp!1)))
(let ((?x417 (+ 1.0 ?x192)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x324 (/ ?x55 exp!1)))
(let ((?x426 (+ ?x324 ?x417)))
(=> (> ?x426 0.0) (= exp!6 ?x426)))))))))
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
 (let ((?x253 (/ 1.0 ?x709)))
 (let ((?x215 (- ?x253)))
 (let ((?x214 (* 0.0 ?x215)))
 (let ((?x382 (+ ?x215 ?x214)))
 (let ((?x202 (+ 1.0 ?x215)))
 (let ((?x381 (* 0.0 ?x202)))
 (let ((?x383 (+ ?x381 ?x382)))
 (let ((?x388 (/ ?x156 exp!5)))
 (let ((?x220 (* ?x388 ?x383)))
 (let ((?x212 (/ ?x156 ?x709)))
 (let ((?x256 (- ?x212)))
 (let ((?x251 (* 0.0 ?x256)))
 (let ((?x257 (+ 1.0 ?x256)))
 (let ((?x400 (+ ?x257 ?x251)))
 (let ((?x219 (+ ?x251 ?x400)))
 (let ((?x216 (* ?x219 ?x220)))
 (let ((?x254 (- ?x156)))
 (let ((?x196 (/ 1.0 (* ?x709 ?x709))))
 (let ((?x255 (* ?x196 ?x254)))
 (let ((?x443 (/ 0.0 ?x709)))
 (let ((?x208 (+ ?x443 ?x255)))
 (let ((?x209 (- ?x208)))
 (let ((?x201 (* 0.0 ?x209)))
 (let ((?x236 (+ ?x209 ?x201)))
 (let ((?x263 (+ ?x201 ?x236)))
 (let ((?x398 (* ?x388 ?x263)))
 (let ((?x217 (+ ?x398 ?x216)))
 (let ((?x275 (/ ?x702 exp!5)))
 (let ((?x384 (* ?x275 ?x383)))
 (let ((?x222 (* 0.0 ?x257)))
 (let ((?x262 (+ ?x256 ?x222)))
 (let ((?x225 (+ ?x251 ?x262)))
 (let ((?x379 (* ?x225 ?x384)))
 (let ((?x261 (* ?x275 ?x263)))
 (let ((?x380 (+ ?x261 ?x379)))
 (let ((?x213 (+ ?x380 ?x217)))
 (let ((?x191 (+ ?x214 ?x214)))
 (let ((?x188 (+ ?x202 ?x191)))
 (let ((?x205 (/ 1.0 exp!5)))
 (let ((?x341 (* ?x205 ?x188)))
 (let ((?x218 (+ ?x222 ?x251)))
 (let ((?x252 (+ ?x256 ?x218)))
 (let ((?x342 (* ?x252 ?x341)))
 (let ((?x204 (+ ?x201 ?x201)))
 (let ((?x210 (+ ?x209 ?x204)))
 (let ((?x211 (* ?x205 ?x210)))
 (let ((?x352 (+ ?x211 ?x342)))
 (let ((?x327 (+ ?x352 ?x213)))
 (or (and (distinct 0.0 ?x327) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x471 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x471 exp!3)))
 (let ((?x691 (+ ?x702 ?x156)))
 (let ((?x709 (+ 1.0 ?x691)))
 (=> (> ?x709 0.0) (= exp!5 ?x709)))))))))
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
 (let ((?x471 (* 1.0 exp!2)))
(let ((?x192 (/ ?x471 exp!1)))
(let ((?x417 (+ 1.0 ?x192)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x324 (/ ?x55 exp!1)))
(let ((?x426 (+ ?x324 ?x417)))
(=> (> ?x426 0.0) (= exp!6 ?x426)))))))))
(check-sat)
(pop 1)
