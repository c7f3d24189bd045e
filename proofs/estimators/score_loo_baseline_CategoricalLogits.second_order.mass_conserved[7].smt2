; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[7]', verdict unproved
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
 (let ((?x118 (/ ?x56 ?x57)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (* 0.0 ?x119)))
 (let ((?x137 (+ ?x119 ?x121)))
 (let ((?x120 (+ 1.0 ?x119)))
 (let ((?x136 (* 0.0 ?x120)))
 (let ((?x138 (+ ?x136 ?x137)))
 (let ((?x110 (/ ?x36 ?x57)))
 (let ((?x111 (- ?x110)))
 (let ((?x114 (* 0.0 ?x111)))
 (let ((?x112 (+ 1.0 ?x111)))
 (let ((?x145 (+ ?x112 ?x114)))
 (let ((?x146 (+ ?x114 ?x145)))
 (let ((?x143 (/ ?x36 exp!4)))
 (let ((?x147 (* ?x143 ?x146)))
 (let ((?x148 (* ?x147 ?x138)))
 (let ((?x100 (- ?x36)))
 (let ((?x101 (* ?x56 ?x100)))
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
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x133 (+ ?x111 ?x113)))
 (let ((?x134 (+ ?x114 ?x133)))
 (let ((?x131 (/ 1.0 exp!4)))
 (let ((?x135 (* ?x131 ?x134)))
 (let ((?x139 (* ?x135 ?x138)))
 (let ((?x132 (* ?x131 ?x130)))
 (let ((?x140 (+ ?x132 ?x139)))
 (let ((?x150 (+ ?x140 ?x149)))
 (let ((?x122 (+ ?x121 ?x121)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x115 (+ ?x113 ?x114)))
 (let ((?x116 (+ ?x111 ?x115)))
 (let ((?x108 (/ ?x56 exp!4)))
 (let ((?x117 (* ?x108 ?x116)))
 (let ((?x124 (* ?x117 ?x123)))
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
 (let ((?x703 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (let (($x708 (= 0.0 ?x710)))
 (not $x708))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x703 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (let (($x708 (= 0.0 ?x710)))
 (not $x708))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x703 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (< 0.0 ?x710)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x703 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (let (($x708 (= 0.0 ?x710)))
 (not $x708))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x703 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (let (($x708 (= 0.0 ?x710)))
 (not $x708))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x703 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (let (($x708 (= 0.0 ?x710)))
 (not $x708))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x703 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (let ((?x246 (/ 1.0 ?x710)))
 (let ((?x217 (- ?x246)))
 (let ((?x248 (* 0.0 ?x217)))
 (let ((?x195 (+ ?x217 ?x248)))
 (let ((?x247 (+ 1.0 ?x217)))
 (let ((?x279 (* 0.0 ?x247)))
 (let ((?x228 (+ ?x279 ?x195)))
 (let ((?x204 (/ ?x156 ?x710)))
 (let ((?x210 (- ?x204)))
 (let ((?x212 (* 0.0 ?x210)))
 (let ((?x205 (+ 1.0 ?x210)))
 (let ((?x404 (+ ?x205 ?x212)))
 (let ((?x405 (+ ?x212 ?x404)))
 (let ((?x236 (/ ?x156 exp!5)))
 (let ((?x406 (* ?x236 ?x405)))
 (let ((?x402 (* ?x406 ?x228)))
 (let ((?x287 (- ?x156)))
 (let ((?x281 (/ 1.0 (* ?x710 ?x710))))
 (let ((?x233 (* ?x281 ?x287)))
 (let ((?x284 (/ 0.0 ?x710)))
 (let ((?x234 (+ ?x284 ?x233)))
 (let ((?x196 (- ?x234)))
 (let ((?x249 (* 0.0 ?x196)))
 (let ((?x352 (+ ?x196 ?x249)))
 (let ((?x282 (+ ?x249 ?x352)))
 (let ((?x382 (* ?x236 ?x282)))
 (let ((?x403 (+ ?x382 ?x402)))
 (let ((?x211 (* 0.0 ?x205)))
 (let ((?x272 (+ ?x210 ?x211)))
 (let ((?x273 (+ ?x212 ?x272)))
 (let ((?x283 (/ ?x703 exp!5)))
 (let ((?x278 (* ?x283 ?x273)))
 (let ((?x229 (* ?x278 ?x228)))
 (let ((?x277 (* ?x283 ?x282)))
 (let ((?x230 (+ ?x277 ?x229)))
 (let ((?x218 (+ ?x230 ?x403)))
 (let ((?x191 (+ ?x248 ?x248)))
 (let ((?x188 (+ ?x247 ?x191)))
 (let ((?x251 (+ ?x211 ?x212)))
 (let ((?x252 (+ ?x210 ?x251)))
 (let ((?x209 (/ 1.0 exp!5)))
 (let ((?x221 (* ?x209 ?x252)))
 (let ((?x342 (* ?x221 ?x188)))
 (let ((?x250 (+ ?x249 ?x249)))
 (let ((?x208 (+ ?x196 ?x250)))
 (let ((?x201 (* ?x209 ?x208)))
 (let ((?x343 (+ ?x201 ?x342)))
 (let ((?x215 (+ ?x343 ?x218)))
 (or (and (distinct 0.0 ?x215) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(let ((?x703 (/ (* 1.0 exp!2) exp!3)))
(let ((?x692 (+ ?x703 ?x156)))
(let ((?x710 (+ 1.0 ?x692)))
(=> (> ?x710 0.0) (= exp!5 ?x710))))))))
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
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x427 (/ ?x461 exp!1)))
 (let ((?x179 (+ 1.0 ?x427)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x178 (/ ?x55 exp!1)))
 (let ((?x530 (+ ?x178 ?x179)))
 (let (($x265 (= 0.0 ?x530)))
 (not $x265)))))))))
(assert
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x427 (/ ?x461 exp!1)))
 (let ((?x179 (+ 1.0 ?x427)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x178 (/ ?x55 exp!1)))
 (let ((?x530 (+ ?x178 ?x179)))
 (let (($x265 (= 0.0 ?x530)))
 (not $x265)))))))))
(assert
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x427 (/ ?x461 exp!1)))
 (let ((?x179 (+ 1.0 ?x427)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x178 (/ ?x55 exp!1)))
 (let ((?x530 (+ ?x178 ?x179)))
 (< 0.0 ?x530))))))))
(assert
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x427 (/ ?x461 exp!1)))
 (let ((?x179 (+ 1.0 ?x427)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x178 (/ ?x55 exp!1)))
 (let ((?x530 (+ ?x178 ?x179)))
 (let (($x265 (= 0.0 ?x530)))
 (not $x265)))))))))
(assert
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x427 (/ ?x461 exp!1)))
 (let ((?x179 (+ 1.0 ?x427)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x178 (/ ?x55 exp!1)))
 (let ((?x530 (+ ?x178 ?x179)))
 (let (($x265 (= 0.0 ?x530)))
 (not $x265)))))))))
(assert
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x427 (/ ?x461 exp!1)))
 (let ((?x179 (+ 1.0 ?x427)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x178 (/ ?x55 exp!1)))
 (let ((?x530 (+ ?x178 ?x179)))
 (let (($x265 (= 0.0 ?x530)))
 (not $x265)))))))))
(assert
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x427 (/ ?x461 exp!1)))
 (let ((?x179 (+ 1.0 ?x427)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x178 (/ ?x55 exp!1)))
 (let ((?x530 (+ ?x178 ?x179)))
 (let ((?x313 (/ ?x178 ?x530)))
 (let ((?x480 (- ?x313)))
 (let ((?x1001 (* 0.0 ?x480)))
 (let ((?x683 (+ ?x480 ?x1001)))
 (let ((?x659 (+ 1.0 ?x480)))
 (let ((?x213 (* 0.0 ?x659)))
 (let ((?x728 (+ ?x213 ?x683)))
 (let ((?x164 (/ 1.0 ?x530)))
 (let ((?x424 (- ?x164)))
 (let ((?x391 (* 0.0 ?x424)))
 (let ((?x387 (+ 1.0 ?x424)))
 (let ((?x635 (+ ?x387 ?x391)))
 (let ((?x407 (+ ?x391 ?x635)))
 (let ((?x431 (/ 1.0 exp!6)))
 (let ((?x491 (* ?x431 ?x407)))
 (let ((?x333 (* ?x491 ?x728)))
 (let ((?x289 (- ?x178)))
 (let ((?x758 (/ 1.0 (* ?x530 ?x530))))
 (let ((?x681 (* ?x758 ?x289)))
 (let ((?x269 (/ 0.0 ?x530)))
 (let ((?x219 (+ ?x269 ?x681)))
 (let ((?x482 (- ?x219)))
 (let ((?x300 (* 0.0 ?x482)))
 (let ((?x617 (+ ?x482 ?x300)))
 (let ((?x460 (+ ?x300 ?x617)))
 (let ((?x415 (* ?x431 ?x460)))
 (let ((?x510 (+ ?x415 ?x333)))
 (let ((?x296 (* 0.0 ?x387)))
 (let ((?x602 (+ ?x424 ?x296)))
 (let ((?x802 (+ ?x391 ?x602)))
 (let ((?x334 (/ ?x427 exp!6)))
 (let ((?x734 (* ?x334 ?x802)))
 (let ((?x428 (* ?x734 ?x728)))
 (let ((?x1006 (* ?x334 ?x460)))
 (let ((?x990 (+ ?x1006 ?x428)))
 (let ((?x612 (+ ?x990 ?x510)))
 (let ((?x225 (+ ?x1001 ?x1001)))
 (let ((?x768 (+ ?x659 ?x225)))
 (let ((?x655 (+ ?x296 ?x391)))
 (let ((?x1013 (+ ?x424 ?x655)))
 (let ((?x295 (/ ?x178 exp!6)))
 (let ((?x796 (* ?x295 ?x1013)))
 (let ((?x238 (* ?x796 ?x768)))
 (let ((?x1012 (+ ?x300 ?x300)))
 (let ((?x310 (+ ?x482 ?x1012)))
 (let ((?x421 (* ?x295 ?x310)))
 (let ((?x375 (+ ?x421 ?x238)))
 (let ((?x992 (+ ?x375 ?x612)))
 (or (and (distinct 0.0 ?x992) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x461 exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (=> (> ?x710 0.0) (= exp!5 ?x710)))))))))
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
 (let ((?x461 (* 1.0 exp!2)))
(let ((?x427 (/ ?x461 exp!1)))
(let ((?x179 (+ 1.0 ?x427)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x178 (/ ?x55 exp!1)))
(let ((?x530 (+ ?x178 ?x179)))
(=> (> ?x530 0.0) (= exp!6 ?x530)))))))))
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
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x461 exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (let (($x708 (= 0.0 ?x710)))
 (not $x708)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x461 exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (let (($x708 (= 0.0 ?x710)))
 (not $x708)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x461 exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (< 0.0 ?x710))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x461 exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (let (($x708 (= 0.0 ?x710)))
 (not $x708)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x461 exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (let (($x708 (= 0.0 ?x710)))
 (not $x708)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x461 exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (let (($x708 (= 0.0 ?x710)))
 (not $x708)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x461 exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (let ((?x246 (/ 1.0 ?x710)))
 (let ((?x217 (- ?x246)))
 (let ((?x248 (* 0.0 ?x217)))
 (let ((?x195 (+ ?x217 ?x248)))
 (let ((?x247 (+ 1.0 ?x217)))
 (let ((?x279 (* 0.0 ?x247)))
 (let ((?x228 (+ ?x279 ?x195)))
 (let ((?x204 (/ ?x156 ?x710)))
 (let ((?x210 (- ?x204)))
 (let ((?x212 (* 0.0 ?x210)))
 (let ((?x205 (+ 1.0 ?x210)))
 (let ((?x404 (+ ?x205 ?x212)))
 (let ((?x405 (+ ?x212 ?x404)))
 (let ((?x236 (/ ?x156 exp!5)))
 (let ((?x406 (* ?x236 ?x405)))
 (let ((?x402 (* ?x406 ?x228)))
 (let ((?x287 (- ?x156)))
 (let ((?x281 (/ 1.0 (* ?x710 ?x710))))
 (let ((?x233 (* ?x281 ?x287)))
 (let ((?x284 (/ 0.0 ?x710)))
 (let ((?x234 (+ ?x284 ?x233)))
 (let ((?x196 (- ?x234)))
 (let ((?x249 (* 0.0 ?x196)))
 (let ((?x352 (+ ?x196 ?x249)))
 (let ((?x282 (+ ?x249 ?x352)))
 (let ((?x382 (* ?x236 ?x282)))
 (let ((?x403 (+ ?x382 ?x402)))
 (let ((?x211 (* 0.0 ?x205)))
 (let ((?x272 (+ ?x210 ?x211)))
 (let ((?x273 (+ ?x212 ?x272)))
 (let ((?x283 (/ ?x703 exp!5)))
 (let ((?x278 (* ?x283 ?x273)))
 (let ((?x229 (* ?x278 ?x228)))
 (let ((?x277 (* ?x283 ?x282)))
 (let ((?x230 (+ ?x277 ?x229)))
 (let ((?x218 (+ ?x230 ?x403)))
 (let ((?x191 (+ ?x248 ?x248)))
 (let ((?x188 (+ ?x247 ?x191)))
 (let ((?x251 (+ ?x211 ?x212)))
 (let ((?x252 (+ ?x210 ?x251)))
 (let ((?x209 (/ 1.0 exp!5)))
 (let ((?x221 (* ?x209 ?x252)))
 (let ((?x342 (* ?x221 ?x188)))
 (let ((?x250 (+ ?x249 ?x249)))
 (let ((?x208 (+ ?x196 ?x250)))
 (let ((?x201 (* ?x209 ?x208)))
 (let ((?x343 (+ ?x201 ?x342)))
 (let ((?x215 (+ ?x343 ?x218)))
 (or (and (distinct 0.0 ?x215) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x461 exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (=> (> ?x710 0.0) (= exp!5 ?x710)))))))))
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
 (let ((?x461 (* 1.0 exp!2)))
(let ((?x427 (/ ?x461 exp!1)))
(let ((?x179 (+ 1.0 ?x427)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x178 (/ ?x55 exp!1)))
(let ((?x530 (+ ?x178 ?x179)))
(=> (> ?x530 0.0) (= exp!6 ?x530)))))))))
(check-sat)
(pop 1)
