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
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x360 (/ ?x457 exp!1)))
 (let ((?x272 (+ 1.0 ?x360)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x975 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x975 ?x272)))
 (< 0.0 ?x329))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x360 (/ ?x457 exp!1)))
 (let ((?x272 (+ 1.0 ?x360)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x975 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x975 ?x272)))
 (let (($x394 (= 0.0 ?x329)))
 (not $x394)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x360 (/ ?x457 exp!1)))
 (let ((?x272 (+ 1.0 ?x360)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x975 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x975 ?x272)))
 (let (($x394 (= 0.0 ?x329)))
 (not $x394)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x360 (/ ?x457 exp!1)))
 (let ((?x272 (+ 1.0 ?x360)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x975 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x975 ?x272)))
 (let (($x394 (= 0.0 ?x329)))
 (not $x394)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x360 (/ ?x457 exp!1)))
 (let ((?x272 (+ 1.0 ?x360)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x975 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x975 ?x272)))
 (let (($x394 (= 0.0 ?x329)))
 (not $x394)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x360 (/ ?x457 exp!1)))
 (let ((?x272 (+ 1.0 ?x360)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x975 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x975 ?x272)))
 (let (($x394 (= 0.0 ?x329)))
 (not $x394)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x360 (/ ?x457 exp!1)))
 (let ((?x272 (+ 1.0 ?x360)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x975 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x975 ?x272)))
 (let ((?x453 (/ 1.0 ?x329)))
 (let ((?x410 (- ?x453)))
 (let ((?x219 (* 0.0 ?x410)))
 (let ((?x397 (+ 1.0 ?x410)))
 (let ((?x625 (+ ?x397 ?x219)))
 (let ((?x989 (+ ?x219 ?x625)))
 (let ((?x561 (/ 1.0 exp!6)))
 (let ((?x589 (* ?x561 ?x989)))
 (let ((?x757 (/ ?x975 ?x329)))
 (let ((?x160 (- ?x757)))
 (let ((?x992 (* 0.0 ?x160)))
 (let ((?x673 (+ ?x160 ?x992)))
 (let ((?x650 (+ 1.0 ?x160)))
 (let ((?x254 (* 0.0 ?x650)))
 (let ((?x718 (+ ?x254 ?x673)))
 (let ((?x778 (* ?x718 ?x589)))
 (let ((?x993 (- ?x975)))
 (let ((?x315 (/ 1.0 (* ?x329 ?x329))))
 (let ((?x490 (* ?x315 ?x993)))
 (let ((?x293 (/ 0.0 ?x329)))
 (let ((?x356 (+ ?x293 ?x490)))
 (let ((?x162 (- ?x356)))
 (let ((?x300 (* 0.0 ?x162)))
 (let ((?x367 (+ ?x162 ?x300)))
 (let ((?x456 (+ ?x300 ?x367)))
 (let ((?x563 (* ?x456 ?x561)))
 (let ((?x398 (+ ?x563 ?x778)))
 (let ((?x377 (* 0.0 ?x397)))
 (let ((?x592 (+ ?x410 ?x377)))
 (let ((?x664 (+ ?x219 ?x592)))
 (let ((?x297 (/ ?x360 exp!6)))
 (let ((?x353 (* ?x297 ?x664)))
 (let ((?x400 (* ?x353 ?x718)))
 (let ((?x997 (* ?x297 ?x456)))
 (let ((?x981 (+ ?x997 ?x400)))
 (let ((?x602 (+ ?x981 ?x398)))
 (let ((?x590 (+ ?x992 ?x992)))
 (let ((?x406 (+ ?x650 ?x590)))
 (let ((?x321 (+ ?x377 ?x219)))
 (let ((?x1004 (+ ?x410 ?x321)))
 (let ((?x322 (/ ?x975 exp!6)))
 (let ((?x389 (* ?x322 ?x1004)))
 (let ((?x291 (* ?x389 ?x406)))
 (let ((?x1003 (+ ?x300 ?x300)))
 (let ((?x645 (+ ?x162 ?x1003)))
 (let ((?x168 (* ?x322 ?x645)))
 (let ((?x1007 (+ ?x168 ?x291)))
 (let ((?x244 (+ ?x1007 ?x602)))
 (or (and (distinct 0.0 ?x244) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (=> (> ?x700 0.0) (= exp!5 ?x700)))))))))
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
 (let ((?x457 (* 1.0 exp!2)))
(let ((?x360 (/ ?x457 exp!1)))
(let ((?x272 (+ 1.0 ?x360)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x975 (/ ?x55 exp!1)))
(let ((?x329 (+ ?x975 ?x272)))
(=> (> ?x329 0.0) (= exp!6 ?x329)))))))))
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
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (=> (> ?x700 0.0) (= exp!5 ?x700)))))))))
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
 (let ((?x457 (* 1.0 exp!2)))
(let ((?x360 (/ ?x457 exp!1)))
(let ((?x272 (+ 1.0 ?x360)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x975 (/ ?x55 exp!1)))
(let ((?x329 (+ ?x975 ?x272)))
(=> (> ?x329 0.0) (= exp!6 ?x329)))))))))
(check-sat)
(pop 1)
