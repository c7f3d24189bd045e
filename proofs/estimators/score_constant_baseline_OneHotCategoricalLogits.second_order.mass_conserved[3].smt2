; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[3]', verdict unproved
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
(declare-fun log!303 () Real)
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
 (= (< log!303 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!303) (< exp!1 exp!4)))
(assert
 (= (< log!303 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!303) (< exp!2 exp!4)))
(assert
 (= (< log!303 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!303) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!303 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!303)))
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
(declare-fun log!303 () Real)
(declare-fun log!527 () Real)
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
 (let ((?x320 (+ ?x211 ?x212)))
 (let ((?x321 (+ ?x212 ?x320)))
 (let ((?x240 (/ ?x698 ?x703)))
 (let ((?x268 (- ?x240)))
 (let ((?x281 (+ 1.0 ?x268)))
 (let ((?x282 (* 0.0 ?x281)))
 (let ((?x261 (+ ?x268 ?x282)))
 (let ((?x280 (* 0.0 ?x268)))
 (let ((?x264 (+ ?x280 ?x261)))
 (let ((?x260 (/ ?x157 exp!5)))
 (let ((?x265 (* ?x260 ?x264)))
 (let ((?x318 (* ?x265 ?x321)))
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
 (let ((?x319 (+ ?x266 ?x318)))
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
 (let ((?x197 (+ ?x317 ?x319)))
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
 (let ((?x272 (+ ?x325 ?x197)))
 (or (and (distinct 0.0 ?x272) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!303 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!303) (< exp!1 exp!4)))
(assert
 (= (< log!303 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!303) (< exp!2 exp!4)))
(assert
 (= (< log!303 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!303) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!303 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!303)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!527 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!527) (< exp!1 exp!5)))
(assert
 (= (< log!527 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!527) (< exp!2 exp!5)))
(assert
 (= (< log!527 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!527) (< exp!3 exp!5)))
(assert
 (= (< log!527 log!303) (< exp!5 exp!4)))
(assert
 (= (< log!303 log!527) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!527 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!527)))
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
(declare-fun log!303 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!527 () Real)
(declare-fun log!752 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x729 (/ ?x462 exp!1)))
 (let ((?x668 (+ 1.0 ?x729)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x660 (+ ?x483 ?x668)))
 (< 0.0 ?x660))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x729 (/ ?x462 exp!1)))
 (let ((?x668 (+ 1.0 ?x729)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x660 (+ ?x483 ?x668)))
 (let (($x484 (= 0.0 ?x660)))
 (not $x484)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x729 (/ ?x462 exp!1)))
 (let ((?x668 (+ 1.0 ?x729)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x660 (+ ?x483 ?x668)))
 (let (($x484 (= 0.0 ?x660)))
 (not $x484)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x729 (/ ?x462 exp!1)))
 (let ((?x668 (+ 1.0 ?x729)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x660 (+ ?x483 ?x668)))
 (let (($x484 (= 0.0 ?x660)))
 (not $x484)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x729 (/ ?x462 exp!1)))
 (let ((?x668 (+ 1.0 ?x729)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x660 (+ ?x483 ?x668)))
 (let (($x484 (= 0.0 ?x660)))
 (not $x484)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x729 (/ ?x462 exp!1)))
 (let ((?x668 (+ 1.0 ?x729)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x660 (+ ?x483 ?x668)))
 (let (($x484 (= 0.0 ?x660)))
 (not $x484)))))))))
(assert
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x729 (/ ?x462 exp!1)))
 (let ((?x668 (+ 1.0 ?x729)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x660 (+ ?x483 ?x668)))
 (let ((?x364 (/ 1.0 ?x660)))
 (let ((?x167 (- ?x364)))
 (let ((?x293 (* 0.0 ?x167)))
 (let ((?x528 (+ 1.0 ?x167)))
 (let ((?x742 (+ ?x528 ?x293)))
 (let ((?x311 (+ ?x293 ?x742)))
 (let ((?x730 (/ ?x729 ?x660)))
 (let ((?x344 (- ?x730)))
 (let ((?x172 (+ 1.0 ?x344)))
 (let ((?x243 (* 0.0 ?x172)))
 (let ((?x1008 (+ ?x344 ?x243)))
 (let ((?x347 (* 0.0 ?x344)))
 (let ((?x600 (+ ?x347 ?x1008)))
 (let ((?x214 (/ 1.0 exp!6)))
 (let ((?x267 (* ?x214 ?x600)))
 (let ((?x574 (* ?x267 ?x311)))
 (let ((?x419 (- ?x729)))
 (let ((?x189 (/ 1.0 (* ?x660 ?x660))))
 (let ((?x162 (* ?x189 ?x419)))
 (let ((?x355 (/ 0.0 ?x660)))
 (let ((?x442 (+ ?x355 ?x162)))
 (let ((?x169 (- ?x442)))
 (let ((?x424 (* 0.0 ?x169)))
 (let ((?x398 (+ ?x169 ?x424)))
 (let ((?x342 (+ ?x424 ?x398)))
 (let ((?x171 (* ?x342 ?x214)))
 (let ((?x998 (+ ?x171 ?x574)))
 (let ((?x1007 (* 0.0 ?x528)))
 (let ((?x392 (+ ?x167 ?x1007)))
 (let ((?x1001 (+ ?x293 ?x392)))
 (let ((?x728 (+ ?x347 ?x172)))
 (let ((?x246 (+ ?x347 ?x728)))
 (let ((?x1010 (/ ?x729 exp!6)))
 (let ((?x629 (* ?x1010 ?x246)))
 (let ((?x327 (* ?x629 ?x1001)))
 (let ((?x566 (* ?x1010 ?x342)))
 (let ((?x651 (+ ?x566 ?x327)))
 (let ((?x1011 (+ ?x651 ?x998)))
 (let ((?x397 (+ ?x1007 ?x293)))
 (let ((?x1016 (+ ?x167 ?x397)))
 (let ((?x588 (+ ?x347 ?x243)))
 (let ((?x1019 (+ ?x344 ?x588)))
 (let ((?x173 (/ ?x483 exp!6)))
 (let ((?x388 (* ?x173 ?x1019)))
 (let ((?x427 (* ?x388 ?x1016)))
 (let ((?x1018 (+ ?x424 ?x424)))
 (let ((?x190 (+ ?x169 ?x1018)))
 (let ((?x740 (* ?x173 ?x190)))
 (let ((?x466 (+ ?x740 ?x427)))
 (let ((?x365 (+ ?x466 ?x1011)))
 (or (and (distinct 0.0 ?x365) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!303 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!303) (< exp!1 exp!4)))
(assert
 (= (< log!303 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!303) (< exp!2 exp!4)))
(assert
 (= (< log!303 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!303) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!303 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!303)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!527 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!527) (< exp!1 exp!5)))
(assert
 (= (< log!527 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!527) (< exp!2 exp!5)))
(assert
 (= (< log!527 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!527) (< exp!3 exp!5)))
(assert
 (= (< log!527 log!303) (< exp!5 exp!4)))
(assert
 (= (< log!303 log!527) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!527 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!527)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!752 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!752) (< exp!1 exp!6)))
(assert
 (= (< log!752 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!752) (< exp!2 exp!6)))
(assert
 (= (< log!752 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!752) (< exp!3 exp!6)))
(assert
 (= (< log!752 log!303) (< exp!6 exp!4)))
(assert
 (= (< log!303 log!752) (< exp!4 exp!6)))
(assert
 (= (< log!752 log!527) (< exp!6 exp!5)))
(assert
 (= (< log!527 log!752) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!752 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!752)))
(assert
 (let ((?x462 (* 1.0 exp!2)))
(let ((?x729 (/ ?x462 exp!1)))
(let ((?x668 (+ 1.0 ?x729)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x483 (/ ?x55 exp!1)))
(let ((?x660 (+ ?x483 ?x668)))
(=> (> ?x660 0.0) (= exp!6 ?x660)))))))))
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
(declare-fun log!303 () Real)
(declare-fun log!527 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!752 () Real)
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
 (let ((?x320 (+ ?x211 ?x212)))
 (let ((?x321 (+ ?x212 ?x320)))
 (let ((?x240 (/ ?x698 ?x703)))
 (let ((?x268 (- ?x240)))
 (let ((?x281 (+ 1.0 ?x268)))
 (let ((?x282 (* 0.0 ?x281)))
 (let ((?x261 (+ ?x268 ?x282)))
 (let ((?x280 (* 0.0 ?x268)))
 (let ((?x264 (+ ?x280 ?x261)))
 (let ((?x260 (/ ?x157 exp!5)))
 (let ((?x265 (* ?x260 ?x264)))
 (let ((?x318 (* ?x265 ?x321)))
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
 (let ((?x319 (+ ?x266 ?x318)))
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
 (let ((?x197 (+ ?x317 ?x319)))
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
 (let ((?x272 (+ ?x325 ?x197)))
 (or (and (distinct 0.0 ?x272) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!303 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!303) (< exp!1 exp!4)))
(assert
 (= (< log!303 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!303) (< exp!2 exp!4)))
(assert
 (= (< log!303 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!303) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!303 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!303)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!527 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!527) (< exp!1 exp!5)))
(assert
 (= (< log!527 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!527) (< exp!2 exp!5)))
(assert
 (= (< log!527 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!527) (< exp!3 exp!5)))
(assert
 (= (< log!527 log!303) (< exp!5 exp!4)))
(assert
 (= (< log!303 log!527) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!527 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!527)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x462 (* 1.0 exp!2)))
 (let ((?x698 (/ ?x462 exp!3)))
 (let ((?x685 (+ ?x698 ?x157)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!752 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!752) (< exp!1 exp!6)))
(assert
 (= (< log!752 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!752) (< exp!2 exp!6)))
(assert
 (= (< log!752 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!752) (< exp!3 exp!6)))
(assert
 (= (< log!752 log!303) (< exp!6 exp!4)))
(assert
 (= (< log!303 log!752) (< exp!4 exp!6)))
(assert
 (= (< log!752 log!527) (< exp!6 exp!5)))
(assert
 (= (< log!527 log!752) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!752 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!752)))
(assert
 (let ((?x462 (* 1.0 exp!2)))
(let ((?x729 (/ ?x462 exp!1)))
(let ((?x668 (+ 1.0 ?x729)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x483 (/ ?x55 exp!1)))
(let ((?x660 (+ ?x483 ?x668)))
(=> (> ?x660 0.0) (= exp!6 ?x660)))))))))
(check-sat)
(pop 1)
