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
(declare-fun log!414 () Real)
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
 (let ((?x143 (* ?x130 ?x142)))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
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
(declare-fun log!414 () Real)
(declare-fun log!638 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (< 0.0 ?x703)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x698 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let ((?x210 (/ ?x157 ?x703)))
 (let ((?x202 (- ?x210)))
 (let ((?x212 (* 0.0 ?x202)))
 (let ((?x211 (+ 1.0 ?x202)))
 (let ((?x441 (+ ?x211 ?x212)))
 (let ((?x443 (+ ?x212 ?x441)))
 (let ((?x240 (/ ?x698 ?x703)))
 (let ((?x268 (- ?x240)))
 (let ((?x281 (+ 1.0 ?x268)))
 (let ((?x282 (* 0.0 ?x281)))
 (let ((?x261 (+ ?x268 ?x282)))
 (let ((?x280 (* 0.0 ?x268)))
 (let ((?x264 (+ ?x280 ?x261)))
 (let ((?x260 (/ ?x157 exp!5)))
 (let ((?x265 (* ?x260 ?x264)))
 (let ((?x445 (* ?x265 ?x443)))
 (let ((?x340 (- ?x698)))
 (let ((?x350 (* ?x157 ?x340)))
 (let ((?x339 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x351 (* ?x339 ?x350)))
 (let ((?x191 (/ 0.0 ?x703)))
 (let ((?x348 (+ ?x191 ?x351)))
 (let ((?x349 (- ?x348)))
 (let ((?x205 (* 0.0 ?x349)))
 (let ((?x183 (+ ?x349 ?x205)))
 (let ((?x184 (+ ?x205 ?x183)))
 (let ((?x266 (* ?x184 ?x260)))
 (let ((?x320 (+ ?x266 ?x445)))
 (let ((?x206 (* 0.0 ?x211)))
 (let ((?x313 (+ ?x202 ?x206)))
 (let ((?x314 (+ ?x212 ?x313)))
 (let ((?x175 (+ ?x280 ?x281)))
 (let ((?x176 (+ ?x280 ?x175)))
 (let ((?x278 (/ ?x698 exp!5)))
 (let ((?x309 (* ?x278 ?x176)))
 (let ((?x315 (* ?x309 ?x314)))
 (let ((?x279 (* ?x278 ?x184)))
 (let ((?x317 (+ ?x279 ?x315)))
 (let ((?x321 (+ ?x317 ?x320)))
 (let ((?x213 (+ ?x206 ?x212)))
 (let ((?x217 (+ ?x202 ?x213)))
 (let ((?x283 (+ ?x280 ?x282)))
 (let ((?x284 (+ ?x268 ?x283)))
 (let ((?x234 (/ 1.0 exp!5)))
 (let ((?x209 (* ?x234 ?x284)))
 (let ((?x218 (* ?x209 ?x217)))
 (let ((?x232 (+ ?x205 ?x205)))
 (let ((?x233 (+ ?x349 ?x232)))
 (let ((?x196 (* ?x234 ?x233)))
 (let ((?x325 (+ ?x196 ?x218)))
 (let ((?x318 (+ ?x325 ?x321)))
 (or (and (distinct 0.0 ?x318) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x157 (/ ?x9 exp!3)))
(let ((?x698 (/ (* 1.0 exp!2) exp!3)))
(let ((?x685 (+ ?x698 ?x157)))
(let ((?x703 (+ 1.0 ?x685)))
(=> (> ?x703 0.0) (= exp!5 ?x703))))))))
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
(declare-fun log!414 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!638 () Real)
(declare-fun log!863 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x200 (/ ?x462 exp!1)))
 (let ((?x298 (+ 1.0 ?x200)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x993 (/ ?x55 exp!1)))
 (let ((?x167 (+ ?x993 ?x298)))
 (< 0.0 ?x167))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x200 (/ ?x462 exp!1)))
 (let ((?x298 (+ 1.0 ?x200)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x993 (/ ?x55 exp!1)))
 (let ((?x167 (+ ?x993 ?x298)))
 (let (($x378 (= 0.0 ?x167)))
 (not $x378)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x200 (/ ?x462 exp!1)))
 (let ((?x298 (+ 1.0 ?x200)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x993 (/ ?x55 exp!1)))
 (let ((?x167 (+ ?x993 ?x298)))
 (let (($x378 (= 0.0 ?x167)))
 (not $x378)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x200 (/ ?x462 exp!1)))
 (let ((?x298 (+ 1.0 ?x200)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x993 (/ ?x55 exp!1)))
 (let ((?x167 (+ ?x993 ?x298)))
 (let (($x378 (= 0.0 ?x167)))
 (not $x378)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x200 (/ ?x462 exp!1)))
 (let ((?x298 (+ 1.0 ?x200)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x993 (/ ?x55 exp!1)))
 (let ((?x167 (+ ?x993 ?x298)))
 (let (($x378 (= 0.0 ?x167)))
 (not $x378)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x200 (/ ?x462 exp!1)))
 (let ((?x298 (+ 1.0 ?x200)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x993 (/ ?x55 exp!1)))
 (let ((?x167 (+ ?x993 ?x298)))
 (let (($x378 (= 0.0 ?x167)))
 (not $x378)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x200 (/ ?x462 exp!1)))
 (let ((?x298 (+ 1.0 ?x200)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x993 (/ ?x55 exp!1)))
 (let ((?x167 (+ ?x993 ?x298)))
 (let ((?x179 (/ 1.0 ?x167)))
 (let ((?x222 (- ?x179)))
 (let ((?x748 (* 0.0 ?x222)))
 (let ((?x717 (+ 1.0 ?x222)))
 (let ((?x329 (+ ?x717 ?x748)))
 (let ((?x439 (+ ?x748 ?x329)))
 (let ((?x399 (/ ?x200 ?x167)))
 (let ((?x405 (- ?x399)))
 (let ((?x241 (+ 1.0 ?x405)))
 (let ((?x248 (* 0.0 ?x241)))
 (let ((?x1011 (+ ?x405 ?x248)))
 (let ((?x180 (* 0.0 ?x405)))
 (let ((?x601 (+ ?x180 ?x1011)))
 (let ((?x287 (/ 1.0 exp!6)))
 (let ((?x247 (* ?x287 ?x601)))
 (let ((?x572 (* ?x247 ?x439)))
 (let ((?x707 (- ?x200)))
 (let ((?x427 (/ 1.0 (* ?x167 ?x167))))
 (let ((?x169 (* ?x427 ?x707)))
 (let ((?x647 (/ 0.0 ?x167)))
 (let ((?x440 (+ ?x647 ?x169)))
 (let ((?x371 (- ?x440)))
 (let ((?x406 (* 0.0 ?x371)))
 (let ((?x373 (+ ?x371 ?x406)))
 (let ((?x723 (+ ?x406 ?x373)))
 (let ((?x245 (* ?x723 ?x287)))
 (let ((?x1007 (+ ?x245 ?x572)))
 (let ((?x1010 (* 0.0 ?x717)))
 (let ((?x220 (+ ?x222 ?x1010)))
 (let ((?x1004 (+ ?x748 ?x220)))
 (let ((?x783 (+ ?x180 ?x241)))
 (let ((?x675 (+ ?x180 ?x783)))
 (let ((?x1013 (/ ?x200 exp!6)))
 (let ((?x515 (* ?x1013 ?x675)))
 (let ((?x431 (* ?x515 ?x1004)))
 (let ((?x562 (* ?x1013 ?x723)))
 (let ((?x635 (+ ?x562 ?x431)))
 (let ((?x1014 (+ ?x635 ?x1007)))
 (let ((?x353 (+ ?x1010 ?x748)))
 (let ((?x596 (+ ?x222 ?x353)))
 (let ((?x676 (+ ?x180 ?x248)))
 (let ((?x1022 (+ ?x405 ?x676)))
 (let ((?x297 (/ ?x993 exp!6)))
 (let ((?x328 (* ?x297 ?x1022)))
 (let ((?x1025 (* ?x328 ?x596)))
 (let ((?x1021 (+ ?x406 ?x406)))
 (let ((?x712 (+ ?x371 ?x1021)))
 (let ((?x403 (* ?x297 ?x712)))
 (let ((?x446 (+ ?x403 ?x1025)))
 (let ((?x243 (+ ?x446 ?x1014)))
 (or (and (distinct 0.0 ?x243) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!863 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!863) (< exp!1 exp!6)))
(assert
 (= (< log!863 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!863) (< exp!2 exp!6)))
(assert
 (= (< log!863 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!863) (< exp!3 exp!6)))
(assert
 (= (< log!863 log!414) (< exp!6 exp!4)))
(assert
 (= (< log!414 log!863) (< exp!4 exp!6)))
(assert
 (= (< log!863 log!638) (< exp!6 exp!5)))
(assert
 (= (< log!638 log!863) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!863 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!863)))
(assert
 (let ((?x462 (* 1.0 exp!2)))
(let ((?x200 (/ ?x462 exp!1)))
(let ((?x298 (+ 1.0 ?x200)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x993 (/ ?x55 exp!1)))
(let ((?x167 (+ ?x993 ?x298)))
(=> (> ?x167 0.0) (= exp!6 ?x167)))))))))
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
(declare-fun log!414 () Real)
(declare-fun log!638 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!863 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (< 0.0 ?x703))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x529 (= 0.0 ?x703)))
 (not $x529)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let ((?x210 (/ ?x157 ?x703)))
 (let ((?x202 (- ?x210)))
 (let ((?x212 (* 0.0 ?x202)))
 (let ((?x211 (+ 1.0 ?x202)))
 (let ((?x441 (+ ?x211 ?x212)))
 (let ((?x443 (+ ?x212 ?x441)))
 (let ((?x240 (/ ?x698 ?x703)))
 (let ((?x268 (- ?x240)))
 (let ((?x281 (+ 1.0 ?x268)))
 (let ((?x282 (* 0.0 ?x281)))
 (let ((?x261 (+ ?x268 ?x282)))
 (let ((?x280 (* 0.0 ?x268)))
 (let ((?x264 (+ ?x280 ?x261)))
 (let ((?x260 (/ ?x157 exp!5)))
 (let ((?x265 (* ?x260 ?x264)))
 (let ((?x445 (* ?x265 ?x443)))
 (let ((?x340 (- ?x698)))
 (let ((?x350 (* ?x157 ?x340)))
 (let ((?x339 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x351 (* ?x339 ?x350)))
 (let ((?x191 (/ 0.0 ?x703)))
 (let ((?x348 (+ ?x191 ?x351)))
 (let ((?x349 (- ?x348)))
 (let ((?x205 (* 0.0 ?x349)))
 (let ((?x183 (+ ?x349 ?x205)))
 (let ((?x184 (+ ?x205 ?x183)))
 (let ((?x266 (* ?x184 ?x260)))
 (let ((?x320 (+ ?x266 ?x445)))
 (let ((?x206 (* 0.0 ?x211)))
 (let ((?x313 (+ ?x202 ?x206)))
 (let ((?x314 (+ ?x212 ?x313)))
 (let ((?x175 (+ ?x280 ?x281)))
 (let ((?x176 (+ ?x280 ?x175)))
 (let ((?x278 (/ ?x698 exp!5)))
 (let ((?x309 (* ?x278 ?x176)))
 (let ((?x315 (* ?x309 ?x314)))
 (let ((?x279 (* ?x278 ?x184)))
 (let ((?x317 (+ ?x279 ?x315)))
 (let ((?x321 (+ ?x317 ?x320)))
 (let ((?x213 (+ ?x206 ?x212)))
 (let ((?x217 (+ ?x202 ?x213)))
 (let ((?x283 (+ ?x280 ?x282)))
 (let ((?x284 (+ ?x268 ?x283)))
 (let ((?x234 (/ 1.0 exp!5)))
 (let ((?x209 (* ?x234 ?x284)))
 (let ((?x218 (* ?x209 ?x217)))
 (let ((?x232 (+ ?x205 ?x205)))
 (let ((?x233 (+ ?x349 ?x232)))
 (let ((?x196 (* ?x234 ?x233)))
 (let ((?x325 (+ ?x196 ?x218)))
 (let ((?x318 (+ ?x325 ?x321)))
 (or (and (distinct 0.0 ?x318) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!863 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!863) (< exp!1 exp!6)))
(assert
 (= (< log!863 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!863) (< exp!2 exp!6)))
(assert
 (= (< log!863 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!863) (< exp!3 exp!6)))
(assert
 (= (< log!863 log!414) (< exp!6 exp!4)))
(assert
 (= (< log!414 log!863) (< exp!4 exp!6)))
(assert
 (= (< log!863 log!638) (< exp!6 exp!5)))
(assert
 (= (< log!638 log!863) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!863 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!863)))
(assert
 (let ((?x462 (* 1.0 exp!2)))
(let ((?x200 (/ ?x462 exp!1)))
(let ((?x298 (+ 1.0 ?x200)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x993 (/ ?x55 exp!1)))
(let ((?x167 (+ ?x993 ?x298)))
(=> (> ?x167 0.0) (= exp!6 ?x167)))))))))
(check-sat)
(pop 1)
