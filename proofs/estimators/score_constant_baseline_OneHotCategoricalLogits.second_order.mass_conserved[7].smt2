; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[7]', verdict unproved
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
 (let ((?x110 (/ ?x36 ?x57)))
 (let ((?x111 (- ?x110)))
 (let ((?x114 (* 0.0 ?x111)))
 (let ((?x112 (+ 1.0 ?x111)))
 (let ((?x145 (+ ?x112 ?x114)))
 (let ((?x146 (+ ?x114 ?x145)))
 (let ((?x143 (/ ?x36 exp!4)))
 (let ((?x147 (* ?x143 ?x146)))
 (let ((?x118 (/ ?x56 ?x57)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (* 0.0 ?x119)))
 (let ((?x137 (+ ?x119 ?x121)))
 (let ((?x120 (+ 1.0 ?x119)))
 (let ((?x136 (* 0.0 ?x120)))
 (let ((?x138 (+ ?x136 ?x137)))
 (let ((?x148 (* ?x138 ?x147)))
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
 (let ((?x144 (* ?x130 ?x143)))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (< 0.0 ?x700)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let ((?x252 (/ ?x156 ?x700)))
 (let ((?x221 (- ?x252)))
 (let ((?x247 (* 0.0 ?x221)))
 (let ((?x246 (+ 1.0 ?x221)))
 (let ((?x180 (+ ?x246 ?x247)))
 (let ((?x181 (+ ?x247 ?x180)))
 (let ((?x276 (/ ?x156 exp!5)))
 (let ((?x182 (* ?x276 ?x181)))
 (let ((?x332 (/ 1.0 ?x700)))
 (let ((?x333 (- ?x332)))
 (let ((?x344 (* 0.0 ?x333)))
 (let ((?x257 (+ ?x333 ?x344)))
 (let ((?x343 (+ 1.0 ?x333)))
 (let ((?x237 (* 0.0 ?x343)))
 (let ((?x273 (+ ?x237 ?x257)))
 (let ((?x183 (* ?x273 ?x182)))
 (let ((?x208 (- ?x156)))
 (let ((?x250 (/ 1.0 (* ?x700 ?x700))))
 (let ((?x209 (* ?x250 ?x208)))
 (let ((?x196 (/ 0.0 ?x700)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x235 (+ ?x204 ?x210)))
 (let ((?x236 (+ ?x210 ?x235)))
 (let ((?x277 (* ?x236 ?x276)))
 (let ((?x174 (+ ?x277 ?x183)))
 (let ((?x217 (* 0.0 ?x246)))
 (let ((?x216 (+ ?x221 ?x217)))
 (let ((?x318 (+ ?x247 ?x216)))
 (let ((?x218 (/ ?x693 exp!5)))
 (let ((?x319 (* ?x218 ?x318)))
 (let ((?x274 (* ?x319 ?x273)))
 (let ((?x215 (* ?x218 ?x236)))
 (let ((?x270 (+ ?x215 ?x274)))
 (let ((?x175 (+ ?x270 ?x174)))
 (let ((?x341 (+ ?x344 ?x344)))
 (let ((?x342 (+ ?x343 ?x341)))
 (let ((?x248 (+ ?x217 ?x247)))
 (let ((?x190 (+ ?x221 ?x248)))
 (let ((?x212 (/ 1.0 exp!5)))
 (let ((?x193 (* ?x212 ?x190)))
 (let ((?x195 (* ?x193 ?x342)))
 (let ((?x205 (+ ?x210 ?x210)))
 (let ((?x211 (+ ?x204 ?x205)))
 (let ((?x251 (* ?x212 ?x211)))
 (let ((?x228 (+ ?x251 ?x195)))
 (let ((?x302 (+ ?x228 ?x175)))
 (or (and (distinct 0.0 ?x302) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(let ((?x156 (/ ?x9 exp!3)))
(let ((?x693 (/ (* 1.0 exp!2) exp!3)))
(let ((?x682 (+ ?x693 ?x156)))
(let ((?x700 (+ 1.0 ?x682)))
(=> (> ?x700 0.0) (= exp!5 ?x700))))))))
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
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x662 (/ ?x457 exp!1)))
 (let ((?x739 (+ 1.0 ?x662)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x189 (/ ?x55 exp!1)))
 (let ((?x767 (+ ?x189 ?x739)))
 (< 0.0 ?x767))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x662 (/ ?x457 exp!1)))
 (let ((?x739 (+ 1.0 ?x662)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x189 (/ ?x55 exp!1)))
 (let ((?x767 (+ ?x189 ?x739)))
 (let (($x282 (= 0.0 ?x767)))
 (not $x282)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x662 (/ ?x457 exp!1)))
 (let ((?x739 (+ 1.0 ?x662)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x189 (/ ?x55 exp!1)))
 (let ((?x767 (+ ?x189 ?x739)))
 (let (($x282 (= 0.0 ?x767)))
 (not $x282)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x662 (/ ?x457 exp!1)))
 (let ((?x739 (+ 1.0 ?x662)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x189 (/ ?x55 exp!1)))
 (let ((?x767 (+ ?x189 ?x739)))
 (let (($x282 (= 0.0 ?x767)))
 (not $x282)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x662 (/ ?x457 exp!1)))
 (let ((?x739 (+ 1.0 ?x662)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x189 (/ ?x55 exp!1)))
 (let ((?x767 (+ ?x189 ?x739)))
 (let (($x282 (= 0.0 ?x767)))
 (not $x282)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x662 (/ ?x457 exp!1)))
 (let ((?x739 (+ 1.0 ?x662)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x189 (/ ?x55 exp!1)))
 (let ((?x767 (+ ?x189 ?x739)))
 (let (($x282 (= 0.0 ?x767)))
 (not $x282)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x662 (/ ?x457 exp!1)))
 (let ((?x739 (+ 1.0 ?x662)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x189 (/ ?x55 exp!1)))
 (let ((?x767 (+ ?x189 ?x739)))
 (let ((?x489 (/ 1.0 ?x767)))
 (let ((?x357 (- ?x489)))
 (let ((?x399 (* 0.0 ?x357)))
 (let ((?x356 (+ 1.0 ?x357)))
 (let ((?x594 (+ ?x356 ?x399)))
 (let ((?x611 (+ ?x399 ?x594)))
 (let ((?x754 (/ 1.0 exp!6)))
 (let ((?x476 (* ?x754 ?x611)))
 (let ((?x422 (/ ?x189 ?x767)))
 (let ((?x771 (- ?x422)))
 (let ((?x1002 (* 0.0 ?x771)))
 (let ((?x485 (+ ?x771 ?x1002)))
 (let ((?x795 (+ 1.0 ?x771)))
 (let ((?x477 (* 0.0 ?x795)))
 (let ((?x816 (+ ?x477 ?x485)))
 (let ((?x587 (* ?x816 ?x476)))
 (let ((?x264 (- ?x189)))
 (let ((?x278 (/ 1.0 (* ?x767 ?x767))))
 (let ((?x297 (* ?x278 ?x264)))
 (let ((?x407 (/ 0.0 ?x767)))
 (let ((?x367 (+ ?x407 ?x297)))
 (let ((?x158 (- ?x367)))
 (let ((?x373 (* 0.0 ?x158)))
 (let ((?x383 (+ ?x158 ?x373)))
 (let ((?x484 (+ ?x373 ?x383)))
 (let ((?x423 (* ?x484 ?x754)))
 (let ((?x372 (+ ?x423 ?x587)))
 (let ((?x376 (* 0.0 ?x356)))
 (let ((?x569 (+ ?x357 ?x376)))
 (let ((?x614 (+ ?x399 ?x569)))
 (let ((?x301 (/ ?x662 exp!6)))
 (let ((?x296 (* ?x301 ?x614)))
 (let ((?x177 (* ?x296 ?x816)))
 (let ((?x1007 (* ?x301 ?x484)))
 (let ((?x991 (+ ?x1007 ?x177)))
 (let ((?x574 (+ ?x991 ?x372)))
 (let ((?x202 (+ ?x1002 ?x1002)))
 (let ((?x747 (+ ?x795 ?x202)))
 (let ((?x1003 (+ ?x376 ?x399)))
 (let ((?x1014 (+ ?x357 ?x1003)))
 (let ((?x239 (/ ?x189 exp!6)))
 (let ((?x360 (* ?x239 ?x1014)))
 (let ((?x1011 (* ?x360 ?x747)))
 (let ((?x1013 (+ ?x373 ?x373)))
 (let ((?x359 (+ ?x158 ?x1013)))
 (let ((?x802 (* ?x239 ?x359)))
 (let ((?x382 (+ ?x802 ?x1011)))
 (let ((?x993 (+ ?x382 ?x574)))
 (or (and (distinct 0.0 ?x993) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (=> (> ?x700 0.0) (= exp!5 ?x700)))))))))
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
 (let ((?x457 (* 1.0 exp!2)))
(let ((?x662 (/ ?x457 exp!1)))
(let ((?x739 (+ 1.0 ?x662)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x189 (/ ?x55 exp!1)))
(let ((?x767 (+ ?x189 ?x739)))
(=> (> ?x767 0.0) (= exp!6 ?x767)))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (< 0.0 ?x700))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let ((?x252 (/ ?x156 ?x700)))
 (let ((?x221 (- ?x252)))
 (let ((?x247 (* 0.0 ?x221)))
 (let ((?x246 (+ 1.0 ?x221)))
 (let ((?x180 (+ ?x246 ?x247)))
 (let ((?x181 (+ ?x247 ?x180)))
 (let ((?x276 (/ ?x156 exp!5)))
 (let ((?x182 (* ?x276 ?x181)))
 (let ((?x332 (/ 1.0 ?x700)))
 (let ((?x333 (- ?x332)))
 (let ((?x344 (* 0.0 ?x333)))
 (let ((?x257 (+ ?x333 ?x344)))
 (let ((?x343 (+ 1.0 ?x333)))
 (let ((?x237 (* 0.0 ?x343)))
 (let ((?x273 (+ ?x237 ?x257)))
 (let ((?x183 (* ?x273 ?x182)))
 (let ((?x208 (- ?x156)))
 (let ((?x250 (/ 1.0 (* ?x700 ?x700))))
 (let ((?x209 (* ?x250 ?x208)))
 (let ((?x196 (/ 0.0 ?x700)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x235 (+ ?x204 ?x210)))
 (let ((?x236 (+ ?x210 ?x235)))
 (let ((?x277 (* ?x236 ?x276)))
 (let ((?x174 (+ ?x277 ?x183)))
 (let ((?x217 (* 0.0 ?x246)))
 (let ((?x216 (+ ?x221 ?x217)))
 (let ((?x318 (+ ?x247 ?x216)))
 (let ((?x218 (/ ?x693 exp!5)))
 (let ((?x319 (* ?x218 ?x318)))
 (let ((?x274 (* ?x319 ?x273)))
 (let ((?x215 (* ?x218 ?x236)))
 (let ((?x270 (+ ?x215 ?x274)))
 (let ((?x175 (+ ?x270 ?x174)))
 (let ((?x341 (+ ?x344 ?x344)))
 (let ((?x342 (+ ?x343 ?x341)))
 (let ((?x248 (+ ?x217 ?x247)))
 (let ((?x190 (+ ?x221 ?x248)))
 (let ((?x212 (/ 1.0 exp!5)))
 (let ((?x193 (* ?x212 ?x190)))
 (let ((?x195 (* ?x193 ?x342)))
 (let ((?x205 (+ ?x210 ?x210)))
 (let ((?x211 (+ ?x204 ?x205)))
 (let ((?x251 (* ?x212 ?x211)))
 (let ((?x228 (+ ?x251 ?x195)))
 (let ((?x302 (+ ?x228 ?x175)))
 (or (and (distinct 0.0 ?x302) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (=> (> ?x700 0.0) (= exp!5 ?x700)))))))))
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
 (let ((?x457 (* 1.0 exp!2)))
(let ((?x662 (/ ?x457 exp!1)))
(let ((?x739 (+ 1.0 ?x662)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x189 (/ ?x55 exp!1)))
(let ((?x767 (+ ?x189 ?x739)))
(=> (> ?x767 0.0) (= exp!6 ?x767)))))))))
(check-sat)
(pop 1)
