; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[7]', verdict unproved
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
 (let ((?x252 (/ 1.0 ?x710)))
 (let ((?x221 (- ?x252)))
 (let ((?x217 (* 0.0 ?x221)))
 (let ((?x278 (+ ?x221 ?x217)))
 (let ((?x246 (+ 1.0 ?x221)))
 (let ((?x273 (* 0.0 ?x246)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x209 (/ ?x156 ?x710)))
 (let ((?x201 (- ?x209)))
 (let ((?x205 (* 0.0 ?x201)))
 (let ((?x204 (+ 1.0 ?x201)))
 (let ((?x383 (+ ?x204 ?x205)))
 (let ((?x384 (+ ?x205 ?x383)))
 (let ((?x231 (/ ?x156 exp!5)))
 (let ((?x385 (* ?x231 ?x384)))
 (let ((?x380 (* ?x385 ?x279)))
 (let ((?x287 (- ?x156)))
 (let ((?x281 (/ 1.0 (* ?x710 ?x710))))
 (let ((?x233 (* ?x281 ?x287)))
 (let ((?x284 (/ 0.0 ?x710)))
 (let ((?x234 (+ ?x284 ?x233)))
 (let ((?x444 (- ?x234)))
 (let ((?x445 (* 0.0 ?x444)))
 (let ((?x354 (+ ?x444 ?x445)))
 (let ((?x351 (+ ?x445 ?x354)))
 (let ((?x382 (* ?x231 ?x351)))
 (let ((?x381 (+ ?x382 ?x380)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x283 (+ ?x201 ?x210)))
 (let ((?x277 (+ ?x205 ?x283)))
 (let ((?x352 (/ ?x703 exp!5)))
 (let ((?x272 (* ?x352 ?x277)))
 (let ((?x195 (* ?x272 ?x279)))
 (let ((?x282 (* ?x352 ?x351)))
 (let ((?x228 (+ ?x282 ?x195)))
 (let ((?x395 (+ ?x228 ?x381)))
 (let ((?x247 (+ ?x217 ?x217)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x211 (+ ?x210 ?x205)))
 (let ((?x212 (+ ?x201 ?x211)))
 (let ((?x250 (/ 1.0 exp!5)))
 (let ((?x251 (* ?x250 ?x212)))
 (let ((?x191 (* ?x251 ?x248)))
 (let ((?x196 (+ ?x445 ?x445)))
 (let ((?x249 (+ ?x444 ?x196)))
 (let ((?x208 (* ?x250 ?x249)))
 (let ((?x188 (+ ?x208 ?x191)))
 (let ((?x388 (+ ?x188 ?x395)))
 (or (and (distinct 0.0 ?x388) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x460 (/ ?x461 exp!1)))
 (let ((?x290 (+ 1.0 ?x460)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x374 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x374 ?x290)))
 (let (($x435 (= 0.0 ?x258)))
 (not $x435)))))))))
(assert
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x460 (/ ?x461 exp!1)))
 (let ((?x290 (+ 1.0 ?x460)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x374 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x374 ?x290)))
 (let (($x435 (= 0.0 ?x258)))
 (not $x435)))))))))
(assert
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x460 (/ ?x461 exp!1)))
 (let ((?x290 (+ 1.0 ?x460)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x374 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x374 ?x290)))
 (< 0.0 ?x258))))))))
(assert
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x460 (/ ?x461 exp!1)))
 (let ((?x290 (+ 1.0 ?x460)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x374 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x374 ?x290)))
 (let (($x435 (= 0.0 ?x258)))
 (not $x435)))))))))
(assert
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x460 (/ ?x461 exp!1)))
 (let ((?x290 (+ 1.0 ?x460)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x374 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x374 ?x290)))
 (let (($x435 (= 0.0 ?x258)))
 (not $x435)))))))))
(assert
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x460 (/ ?x461 exp!1)))
 (let ((?x290 (+ 1.0 ?x460)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x374 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x374 ?x290)))
 (let (($x435 (= 0.0 ?x258)))
 (not $x435)))))))))
(assert
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x460 (/ ?x461 exp!1)))
 (let ((?x290 (+ 1.0 ?x460)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x374 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x374 ?x290)))
 (let ((?x442 (/ ?x374 ?x258)))
 (let ((?x256 (- ?x442)))
 (let ((?x1004 (* 0.0 ?x256)))
 (let ((?x262 (+ ?x256 ?x1004)))
 (let ((?x631 (+ 1.0 ?x256)))
 (let ((?x176 (* 0.0 ?x631)))
 (let ((?x742 (+ ?x176 ?x262)))
 (let ((?x331 (/ 1.0 ?x258)))
 (let ((?x813 (- ?x331)))
 (let ((?x186 (* 0.0 ?x813)))
 (let ((?x755 (+ 1.0 ?x813)))
 (let ((?x623 (+ ?x755 ?x186)))
 (let ((?x303 (+ ?x186 ?x623)))
 (let ((?x239 (/ 1.0 exp!6)))
 (let ((?x402 (* ?x239 ?x303)))
 (let ((?x808 (* ?x402 ?x742)))
 (let ((?x405 (- ?x374)))
 (let ((?x203 (/ 1.0 (* ?x258 ?x258))))
 (let ((?x432 (* ?x203 ?x405)))
 (let ((?x301 (/ 0.0 ?x258)))
 (let ((?x387 (+ ?x301 ?x432)))
 (let ((?x276 (- ?x387)))
 (let ((?x241 (* 0.0 ?x276)))
 (let ((?x407 (+ ?x276 ?x241)))
 (let ((?x266 (+ ?x241 ?x407)))
 (let ((?x304 (* ?x239 ?x266)))
 (let ((?x337 (+ ?x304 ?x808)))
 (let ((?x420 (* 0.0 ?x755)))
 (let ((?x490 (+ ?x813 ?x420)))
 (let ((?x660 (+ ?x186 ?x490)))
 (let ((?x214 (/ ?x460 exp!6)))
 (let ((?x222 (* ?x214 ?x660)))
 (let ((?x610 (* ?x222 ?x742)))
 (let ((?x1009 (* ?x214 ?x266)))
 (let ((?x993 (+ ?x1009 ?x610)))
 (let ((?x608 (+ ?x993 ?x337)))
 (let ((?x355 (+ ?x1004 ?x1004)))
 (let ((?x764 (+ ?x631 ?x355)))
 (let ((?x325 (+ ?x420 ?x186)))
 (let ((?x1016 (+ ?x813 ?x325)))
 (let ((?x824 (/ ?x374 exp!6)))
 (let ((?x193 (* ?x824 ?x1016)))
 (let ((?x546 (* ?x193 ?x764)))
 (let ((?x1015 (+ ?x241 ?x241)))
 (let ((?x194 (+ ?x276 ?x1015)))
 (let ((?x213 (* ?x824 ?x194)))
 (let ((?x390 (+ ?x213 ?x546)))
 (let ((?x995 (+ ?x390 ?x608)))
 (or (and (distinct 0.0 ?x995) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x461 exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (=> (> ?x710 0.0) (= exp!5 ?x710)))))))))
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
 (let ((?x461 (* 1.0 exp!2)))
(let ((?x460 (/ ?x461 exp!1)))
(let ((?x290 (+ 1.0 ?x460)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x374 (/ ?x55 exp!1)))
(let ((?x258 (+ ?x374 ?x290)))
(=> (> ?x258 0.0) (= exp!6 ?x258)))))))))
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
 (let ((?x252 (/ 1.0 ?x710)))
 (let ((?x221 (- ?x252)))
 (let ((?x217 (* 0.0 ?x221)))
 (let ((?x278 (+ ?x221 ?x217)))
 (let ((?x246 (+ 1.0 ?x221)))
 (let ((?x273 (* 0.0 ?x246)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x209 (/ ?x156 ?x710)))
 (let ((?x201 (- ?x209)))
 (let ((?x205 (* 0.0 ?x201)))
 (let ((?x204 (+ 1.0 ?x201)))
 (let ((?x383 (+ ?x204 ?x205)))
 (let ((?x384 (+ ?x205 ?x383)))
 (let ((?x231 (/ ?x156 exp!5)))
 (let ((?x385 (* ?x231 ?x384)))
 (let ((?x380 (* ?x385 ?x279)))
 (let ((?x287 (- ?x156)))
 (let ((?x281 (/ 1.0 (* ?x710 ?x710))))
 (let ((?x233 (* ?x281 ?x287)))
 (let ((?x284 (/ 0.0 ?x710)))
 (let ((?x234 (+ ?x284 ?x233)))
 (let ((?x444 (- ?x234)))
 (let ((?x445 (* 0.0 ?x444)))
 (let ((?x354 (+ ?x444 ?x445)))
 (let ((?x351 (+ ?x445 ?x354)))
 (let ((?x382 (* ?x231 ?x351)))
 (let ((?x381 (+ ?x382 ?x380)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x283 (+ ?x201 ?x210)))
 (let ((?x277 (+ ?x205 ?x283)))
 (let ((?x352 (/ ?x703 exp!5)))
 (let ((?x272 (* ?x352 ?x277)))
 (let ((?x195 (* ?x272 ?x279)))
 (let ((?x282 (* ?x352 ?x351)))
 (let ((?x228 (+ ?x282 ?x195)))
 (let ((?x395 (+ ?x228 ?x381)))
 (let ((?x247 (+ ?x217 ?x217)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x211 (+ ?x210 ?x205)))
 (let ((?x212 (+ ?x201 ?x211)))
 (let ((?x250 (/ 1.0 exp!5)))
 (let ((?x251 (* ?x250 ?x212)))
 (let ((?x191 (* ?x251 ?x248)))
 (let ((?x196 (+ ?x445 ?x445)))
 (let ((?x249 (+ ?x444 ?x196)))
 (let ((?x208 (* ?x250 ?x249)))
 (let ((?x188 (+ ?x208 ?x191)))
 (let ((?x388 (+ ?x188 ?x395)))
 (or (and (distinct 0.0 ?x388) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x461 (* 1.0 exp!2)))
 (let ((?x703 (/ ?x461 exp!3)))
 (let ((?x692 (+ ?x703 ?x156)))
 (let ((?x710 (+ 1.0 ?x692)))
 (=> (> ?x710 0.0) (= exp!5 ?x710)))))))))
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
 (let ((?x461 (* 1.0 exp!2)))
(let ((?x460 (/ ?x461 exp!1)))
(let ((?x290 (+ 1.0 ?x460)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x374 (/ ?x55 exp!1)))
(let ((?x258 (+ ?x374 ?x290)))
(=> (> ?x258 0.0) (= exp!6 ?x258)))))))))
(check-sat)
(pop 1)
