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
(declare-fun log!420 () Real)
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
 (let ((?x143 (* ?x130 ?x142)))
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
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
(declare-fun log!420 () Real)
(declare-fun log!644 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (< 0.0 ?x702)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let ((?x238 (/ ?x157 ?x702)))
 (let ((?x239 (- ?x238)))
 (let ((?x229 (* 0.0 ?x239)))
 (let ((?x197 (+ 1.0 ?x239)))
 (let ((?x250 (+ ?x197 ?x229)))
 (let ((?x251 (+ ?x229 ?x250)))
 (let ((?x312 (/ ?x157 exp!5)))
 (let ((?x256 (* ?x312 ?x251)))
 (let ((?x400 (/ ?x697 ?x702)))
 (let ((?x411 (- ?x400)))
 (let ((?x405 (+ 1.0 ?x411)))
 (let ((?x415 (* 0.0 ?x405)))
 (let ((?x314 (+ ?x411 ?x415)))
 (let ((?x384 (* 0.0 ?x411)))
 (let ((?x316 (+ ?x384 ?x314)))
 (let ((?x261 (* ?x316 ?x256)))
 (let ((?x339 (- ?x157)))
 (let ((?x349 (* ?x697 ?x339)))
 (let ((?x338 (/ 1.0 (* ?x702 ?x702))))
 (let ((?x350 (* ?x338 ?x349)))
 (let ((?x191 (/ 0.0 ?x702)))
 (let ((?x347 (+ ?x191 ?x350)))
 (let ((?x348 (- ?x347)))
 (let ((?x205 (* 0.0 ?x348)))
 (let ((?x241 (+ ?x348 ?x205)))
 (let ((?x242 (+ ?x205 ?x241)))
 (let ((?x313 (* ?x242 ?x312)))
 (let ((?x257 (+ ?x313 ?x261)))
 (let ((?x228 (* 0.0 ?x197)))
 (let ((?x181 (+ ?x239 ?x228)))
 (let ((?x182 (+ ?x229 ?x181)))
 (let ((?x217 (/ ?x697 exp!5)))
 (let ((?x183 (* ?x217 ?x182)))
 (let ((?x324 (+ ?x384 ?x405)))
 (let ((?x325 (+ ?x384 ?x324)))
 (let ((?x184 (* ?x325 ?x183)))
 (let ((?x218 (* ?x217 ?x242)))
 (let ((?x175 (+ ?x218 ?x184)))
 (let ((?x259 (+ ?x175 ?x257)))
 (let ((?x209 (+ ?x228 ?x229)))
 (let ((?x210 (+ ?x239 ?x209)))
 (let ((?x234 (/ 1.0 exp!5)))
 (let ((?x202 (* ?x234 ?x210)))
 (let ((?x417 (+ ?x384 ?x415)))
 (let ((?x196 (+ ?x411 ?x417)))
 (let ((?x211 (* ?x196 ?x202)))
 (let ((?x232 (+ ?x205 ?x205)))
 (let ((?x233 (+ ?x348 ?x232)))
 (let ((?x378 (* ?x234 ?x233)))
 (let ((?x206 (+ ?x378 ?x211)))
 (let ((?x260 (+ ?x206 ?x259)))
 (or (and (distinct 0.0 ?x260) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x157 (/ ?x9 exp!3)))
(let ((?x697 (/ (* 1.0 exp!2) exp!3)))
(let ((?x684 (+ ?x697 ?x157)))
(let ((?x702 (+ 1.0 ?x684)))
(=> (> ?x702 0.0) (= exp!5 ?x702))))))))
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
(declare-fun log!420 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!644 () Real)
(declare-fun log!869 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x469 exp!1)))
 (let ((?x293 (+ 1.0 ?x344)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x335 (/ ?x55 exp!1)))
 (let ((?x332 (+ ?x335 ?x293)))
 (< 0.0 ?x332))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x469 exp!1)))
 (let ((?x293 (+ 1.0 ?x344)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x335 (/ ?x55 exp!1)))
 (let ((?x332 (+ ?x335 ?x293)))
 (let (($x595 (= 0.0 ?x332)))
 (not $x595)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x469 exp!1)))
 (let ((?x293 (+ 1.0 ?x344)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x335 (/ ?x55 exp!1)))
 (let ((?x332 (+ ?x335 ?x293)))
 (let (($x595 (= 0.0 ?x332)))
 (not $x595)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x469 exp!1)))
 (let ((?x293 (+ 1.0 ?x344)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x335 (/ ?x55 exp!1)))
 (let ((?x332 (+ ?x335 ?x293)))
 (let (($x595 (= 0.0 ?x332)))
 (not $x595)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x469 exp!1)))
 (let ((?x293 (+ 1.0 ?x344)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x335 (/ ?x55 exp!1)))
 (let ((?x332 (+ ?x335 ?x293)))
 (let (($x595 (= 0.0 ?x332)))
 (not $x595)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x469 exp!1)))
 (let ((?x293 (+ 1.0 ?x344)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x335 (/ ?x55 exp!1)))
 (let ((?x332 (+ ?x335 ?x293)))
 (let (($x595 (= 0.0 ?x332)))
 (not $x595)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x469 exp!1)))
 (let ((?x293 (+ 1.0 ?x344)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x335 (/ ?x55 exp!1)))
 (let ((?x332 (+ ?x335 ?x293)))
 (let ((?x193 (/ 1.0 ?x332)))
 (let ((?x436 (- ?x193)))
 (let ((?x1003 (* 0.0 ?x436)))
 (let ((?x303 (+ 1.0 ?x436)))
 (let ((?x623 (+ ?x303 ?x1003)))
 (let ((?x662 (+ ?x1003 ?x623)))
 (let ((?x484 (/ 1.0 exp!6)))
 (let ((?x784 (* ?x484 ?x662)))
 (let ((?x178 (/ ?x344 ?x332)))
 (let ((?x189 (- ?x178)))
 (let ((?x291 (+ 1.0 ?x189)))
 (let ((?x322 (* 0.0 ?x291)))
 (let ((?x1004 (+ ?x189 ?x322)))
 (let ((?x433 (* 0.0 ?x189)))
 (let ((?x630 (+ ?x433 ?x1004)))
 (let ((?x574 (* ?x630 ?x784)))
 (let ((?x768 (- ?x344)))
 (let ((?x243 (/ 1.0 (* ?x332 ?x332))))
 (let ((?x663 (* ?x243 ?x768)))
 (let ((?x327 (/ 0.0 ?x332)))
 (let ((?x438 (+ ?x327 ?x663)))
 (let ((?x305 (- ?x438)))
 (let ((?x439 (* 0.0 ?x305)))
 (let ((?x591 (+ ?x305 ?x439)))
 (let ((?x427 (+ ?x439 ?x591)))
 (let ((?x739 (* ?x427 ?x484)))
 (let ((?x733 (+ ?x739 ?x574)))
 (let ((?x726 (* 0.0 ?x303)))
 (let ((?x227 (+ ?x436 ?x726)))
 (let ((?x567 (+ ?x1003 ?x227)))
 (let ((?x1006 (/ ?x344 exp!6)))
 (let ((?x997 (* ?x1006 ?x567)))
 (let ((?x796 (+ ?x433 ?x291)))
 (let ((?x424 (+ ?x433 ?x796)))
 (let ((?x529 (* ?x424 ?x997)))
 (let ((?x549 (* ?x1006 ?x427)))
 (let ((?x652 (+ ?x549 ?x529)))
 (let ((?x1007 (+ ?x652 ?x733)))
 (let ((?x253 (+ ?x726 ?x1003)))
 (let ((?x370 (+ ?x436 ?x253)))
 (let ((?x286 (/ ?x335 exp!6)))
 (let ((?x285 (* ?x286 ?x370)))
 (let ((?x481 (+ ?x433 ?x322)))
 (let ((?x1015 (+ ?x189 ?x481)))
 (let ((?x289 (* ?x1015 ?x285)))
 (let ((?x1014 (+ ?x439 ?x439)))
 (let ((?x421 (+ ?x305 ?x1014)))
 (let ((?x419 (* ?x286 ?x421)))
 (let ((?x431 (+ ?x419 ?x289)))
 (let ((?x651 (+ ?x431 ?x1007)))
 (or (and (distinct 0.0 ?x651) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (=> (> ?x702 0.0) (= exp!5 ?x702)))))))))
(assert
 (= (< log!869 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!869) (< exp!1 exp!6)))
(assert
 (= (< log!869 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!869) (< exp!2 exp!6)))
(assert
 (= (< log!869 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!869) (< exp!3 exp!6)))
(assert
 (= (< log!869 log!420) (< exp!6 exp!4)))
(assert
 (= (< log!420 log!869) (< exp!4 exp!6)))
(assert
 (= (< log!869 log!644) (< exp!6 exp!5)))
(assert
 (= (< log!644 log!869) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!869 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!869)))
(assert
 (let ((?x469 (* 1.0 exp!2)))
(let ((?x344 (/ ?x469 exp!1)))
(let ((?x293 (+ 1.0 ?x344)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x335 (/ ?x55 exp!1)))
(let ((?x332 (+ ?x335 ?x293)))
(=> (> ?x332 0.0) (= exp!6 ?x332)))))))))
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
(declare-fun log!420 () Real)
(declare-fun log!644 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!869 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (< 0.0 ?x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let ((?x238 (/ ?x157 ?x702)))
 (let ((?x239 (- ?x238)))
 (let ((?x229 (* 0.0 ?x239)))
 (let ((?x197 (+ 1.0 ?x239)))
 (let ((?x250 (+ ?x197 ?x229)))
 (let ((?x251 (+ ?x229 ?x250)))
 (let ((?x312 (/ ?x157 exp!5)))
 (let ((?x256 (* ?x312 ?x251)))
 (let ((?x400 (/ ?x697 ?x702)))
 (let ((?x411 (- ?x400)))
 (let ((?x405 (+ 1.0 ?x411)))
 (let ((?x415 (* 0.0 ?x405)))
 (let ((?x314 (+ ?x411 ?x415)))
 (let ((?x384 (* 0.0 ?x411)))
 (let ((?x316 (+ ?x384 ?x314)))
 (let ((?x261 (* ?x316 ?x256)))
 (let ((?x339 (- ?x157)))
 (let ((?x349 (* ?x697 ?x339)))
 (let ((?x338 (/ 1.0 (* ?x702 ?x702))))
 (let ((?x350 (* ?x338 ?x349)))
 (let ((?x191 (/ 0.0 ?x702)))
 (let ((?x347 (+ ?x191 ?x350)))
 (let ((?x348 (- ?x347)))
 (let ((?x205 (* 0.0 ?x348)))
 (let ((?x241 (+ ?x348 ?x205)))
 (let ((?x242 (+ ?x205 ?x241)))
 (let ((?x313 (* ?x242 ?x312)))
 (let ((?x257 (+ ?x313 ?x261)))
 (let ((?x228 (* 0.0 ?x197)))
 (let ((?x181 (+ ?x239 ?x228)))
 (let ((?x182 (+ ?x229 ?x181)))
 (let ((?x217 (/ ?x697 exp!5)))
 (let ((?x183 (* ?x217 ?x182)))
 (let ((?x324 (+ ?x384 ?x405)))
 (let ((?x325 (+ ?x384 ?x324)))
 (let ((?x184 (* ?x325 ?x183)))
 (let ((?x218 (* ?x217 ?x242)))
 (let ((?x175 (+ ?x218 ?x184)))
 (let ((?x259 (+ ?x175 ?x257)))
 (let ((?x209 (+ ?x228 ?x229)))
 (let ((?x210 (+ ?x239 ?x209)))
 (let ((?x234 (/ 1.0 exp!5)))
 (let ((?x202 (* ?x234 ?x210)))
 (let ((?x417 (+ ?x384 ?x415)))
 (let ((?x196 (+ ?x411 ?x417)))
 (let ((?x211 (* ?x196 ?x202)))
 (let ((?x232 (+ ?x205 ?x205)))
 (let ((?x233 (+ ?x348 ?x232)))
 (let ((?x378 (* ?x234 ?x233)))
 (let ((?x206 (+ ?x378 ?x211)))
 (let ((?x260 (+ ?x206 ?x259)))
 (or (and (distinct 0.0 ?x260) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (=> (> ?x702 0.0) (= exp!5 ?x702)))))))))
(assert
 (= (< log!869 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!869) (< exp!1 exp!6)))
(assert
 (= (< log!869 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!869) (< exp!2 exp!6)))
(assert
 (= (< log!869 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!869) (< exp!3 exp!6)))
(assert
 (= (< log!869 log!420) (< exp!6 exp!4)))
(assert
 (= (< log!420 log!869) (< exp!4 exp!6)))
(assert
 (= (< log!869 log!644) (< exp!6 exp!5)))
(assert
 (= (< log!644 log!869) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!869 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!869)))
(assert
 (let ((?x469 (* 1.0 exp!2)))
(let ((?x344 (/ ?x469 exp!1)))
(let ((?x293 (+ 1.0 ?x344)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x335 (/ ?x55 exp!1)))
(let ((?x332 (+ ?x335 ?x293)))
(=> (> ?x332 0.0) (= exp!6 ?x332)))))))))
(check-sat)
(pop 1)
