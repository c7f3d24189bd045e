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
(declare-fun log!421 () Real)
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
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
(declare-fun log!421 () Real)
(declare-fun log!645 () Real)
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
 (let ((?x308 (+ ?x197 ?x229)))
 (let ((?x312 (+ ?x229 ?x308)))
 (let ((?x183 (/ ?x157 exp!5)))
 (let ((?x313 (* ?x183 ?x312)))
 (let ((?x405 (/ ?x697 ?x702)))
 (let ((?x415 (- ?x405)))
 (let ((?x232 (+ 1.0 ?x415)))
 (let ((?x233 (* 0.0 ?x232)))
 (let ((?x175 (+ ?x415 ?x233)))
 (let ((?x417 (* 0.0 ?x415)))
 (let ((?x176 (+ ?x417 ?x175)))
 (let ((?x314 (* ?x176 ?x313)))
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
 (let ((?x184 (* ?x242 ?x183)))
 (let ((?x316 (+ ?x184 ?x314)))
 (let ((?x228 (* 0.0 ?x197)))
 (let ((?x385 (+ ?x239 ?x228)))
 (let ((?x395 (+ ?x229 ?x385)))
 (let ((?x217 (/ ?x697 exp!5)))
 (let ((?x397 (* ?x217 ?x395)))
 (let ((?x379 (+ ?x417 ?x232)))
 (let ((?x391 (+ ?x417 ?x379)))
 (let ((?x324 (* ?x391 ?x397)))
 (let ((?x218 (* ?x217 ?x242)))
 (let ((?x325 (+ ?x218 ?x324)))
 (let ((?x250 (+ ?x325 ?x316)))
 (let ((?x209 (+ ?x228 ?x229)))
 (let ((?x210 (+ ?x239 ?x209)))
 (let ((?x411 (/ 1.0 exp!5)))
 (let ((?x202 (* ?x411 ?x210)))
 (let ((?x234 (+ ?x417 ?x233)))
 (let ((?x196 (+ ?x415 ?x234)))
 (let ((?x211 (* ?x196 ?x202)))
 (let ((?x378 (+ ?x205 ?x205)))
 (let ((?x400 (+ ?x348 ?x378)))
 (let ((?x384 (* ?x411 ?x400)))
 (let ((?x206 (+ ?x384 ?x211)))
 (let ((?x251 (+ ?x206 ?x250)))
 (or (and (distinct 0.0 ?x251) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!645 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!645) (< exp!1 exp!5)))
(assert
 (= (< log!645 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!645) (< exp!2 exp!5)))
(assert
 (= (< log!645 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!645) (< exp!3 exp!5)))
(assert
 (= (< log!645 log!421) (< exp!5 exp!4)))
(assert
 (= (< log!421 log!645) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!645 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!645)))
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
(declare-fun log!421 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!645 () Real)
(declare-fun log!870 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x469 exp!1)))
 (let ((?x731 (+ 1.0 ?x369)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x654 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x654 ?x731)))
 (< 0.0 ?x297))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x469 exp!1)))
 (let ((?x731 (+ 1.0 ?x369)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x654 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x654 ?x731)))
 (let (($x780 (= 0.0 ?x297)))
 (not $x780)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x469 exp!1)))
 (let ((?x731 (+ 1.0 ?x369)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x654 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x654 ?x731)))
 (let (($x780 (= 0.0 ?x297)))
 (not $x780)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x469 exp!1)))
 (let ((?x731 (+ 1.0 ?x369)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x654 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x654 ?x731)))
 (let (($x780 (= 0.0 ?x297)))
 (not $x780)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x469 exp!1)))
 (let ((?x731 (+ 1.0 ?x369)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x654 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x654 ?x731)))
 (let (($x780 (= 0.0 ?x297)))
 (not $x780)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x469 exp!1)))
 (let ((?x731 (+ 1.0 ?x369)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x654 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x654 ?x731)))
 (let (($x780 (= 0.0 ?x297)))
 (not $x780)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x369 (/ ?x469 exp!1)))
 (let ((?x731 (+ 1.0 ?x369)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x654 (/ ?x55 exp!1)))
 (let ((?x297 (+ ?x654 ?x731)))
 (let ((?x216 (/ 1.0 ?x297)))
 (let ((?x448 (- ?x216)))
 (let ((?x1013 (* 0.0 ?x448)))
 (let ((?x336 (+ 1.0 ?x448)))
 (let ((?x371 (+ ?x336 ?x1013)))
 (let ((?x444 (+ ?x1013 ?x371)))
 (let ((?x480 (/ 1.0 exp!6)))
 (let ((?x612 (* ?x480 ?x444)))
 (let ((?x341 (/ ?x369 ?x297)))
 (let ((?x226 (- ?x341)))
 (let ((?x440 (+ 1.0 ?x226)))
 (let ((?x224 (* 0.0 ?x440)))
 (let ((?x1014 (+ ?x226 ?x224)))
 (let ((?x449 (* 0.0 ?x226)))
 (let ((?x410 (+ ?x449 ?x1014)))
 (let ((?x549 (* ?x410 ?x612)))
 (let ((?x278 (- ?x369)))
 (let ((?x360 (/ 1.0 (* ?x297 ?x297))))
 (let ((?x758 (* ?x360 ?x278)))
 (let ((?x293 (/ 0.0 ?x297)))
 (let ((?x368 (+ ?x293 ?x758)))
 (let ((?x377 (- ?x368)))
 (let ((?x438 (* 0.0 ?x377)))
 (let ((?x326 (+ ?x377 ?x438)))
 (let ((?x424 (+ ?x438 ?x326)))
 (let ((?x287 (* ?x424 ?x480)))
 (let ((?x328 (+ ?x287 ?x549)))
 (let ((?x771 (* 0.0 ?x336)))
 (let ((?x443 (+ ?x448 ?x771)))
 (let ((?x246 (+ ?x1013 ?x443)))
 (let ((?x1016 (/ ?x369 exp!6)))
 (let ((?x1007 (* ?x1016 ?x246)))
 (let ((?x753 (+ ?x449 ?x440)))
 (let ((?x427 (+ ?x449 ?x753)))
 (let ((?x172 (* ?x427 ?x1007)))
 (let ((?x478 (* ?x1016 ?x424)))
 (let ((?x537 (+ ?x478 ?x172)))
 (let ((?x1017 (+ ?x537 ?x328)))
 (let ((?x387 (+ ?x771 ?x1013)))
 (let ((?x787 (+ ?x448 ?x387)))
 (let ((?x573 (/ ?x654 exp!6)))
 (let ((?x996 (* ?x573 ?x787)))
 (let ((?x331 (+ ?x449 ?x224)))
 (let ((?x1025 (+ ?x226 ?x331)))
 (let ((?x1028 (* ?x1025 ?x996)))
 (let ((?x1024 (+ ?x438 ?x438)))
 (let ((?x426 (+ ?x377 ?x1024)))
 (let ((?x767 (* ?x573 ?x426)))
 (let ((?x742 (+ ?x767 ?x1028)))
 (let ((?x496 (+ ?x742 ?x1017)))
 (or (and (distinct 0.0 ?x496) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!645 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!645) (< exp!1 exp!5)))
(assert
 (= (< log!645 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!645) (< exp!2 exp!5)))
(assert
 (= (< log!645 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!645) (< exp!3 exp!5)))
(assert
 (= (< log!645 log!421) (< exp!5 exp!4)))
(assert
 (= (< log!421 log!645) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!645 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!645)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (=> (> ?x702 0.0) (= exp!5 ?x702)))))))))
(assert
 (= (< log!870 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!870) (< exp!1 exp!6)))
(assert
 (= (< log!870 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!870) (< exp!2 exp!6)))
(assert
 (= (< log!870 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!870) (< exp!3 exp!6)))
(assert
 (= (< log!870 log!421) (< exp!6 exp!4)))
(assert
 (= (< log!421 log!870) (< exp!4 exp!6)))
(assert
 (= (< log!870 log!645) (< exp!6 exp!5)))
(assert
 (= (< log!645 log!870) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!870 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!870)))
(assert
 (let ((?x469 (* 1.0 exp!2)))
(let ((?x369 (/ ?x469 exp!1)))
(let ((?x731 (+ 1.0 ?x369)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x654 (/ ?x55 exp!1)))
(let ((?x297 (+ ?x654 ?x731)))
(=> (> ?x297 0.0) (= exp!6 ?x297)))))))))
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
(declare-fun log!421 () Real)
(declare-fun log!645 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!870 () Real)
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
 (let ((?x308 (+ ?x197 ?x229)))
 (let ((?x312 (+ ?x229 ?x308)))
 (let ((?x183 (/ ?x157 exp!5)))
 (let ((?x313 (* ?x183 ?x312)))
 (let ((?x405 (/ ?x697 ?x702)))
 (let ((?x415 (- ?x405)))
 (let ((?x232 (+ 1.0 ?x415)))
 (let ((?x233 (* 0.0 ?x232)))
 (let ((?x175 (+ ?x415 ?x233)))
 (let ((?x417 (* 0.0 ?x415)))
 (let ((?x176 (+ ?x417 ?x175)))
 (let ((?x314 (* ?x176 ?x313)))
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
 (let ((?x184 (* ?x242 ?x183)))
 (let ((?x316 (+ ?x184 ?x314)))
 (let ((?x228 (* 0.0 ?x197)))
 (let ((?x385 (+ ?x239 ?x228)))
 (let ((?x395 (+ ?x229 ?x385)))
 (let ((?x217 (/ ?x697 exp!5)))
 (let ((?x397 (* ?x217 ?x395)))
 (let ((?x379 (+ ?x417 ?x232)))
 (let ((?x391 (+ ?x417 ?x379)))
 (let ((?x324 (* ?x391 ?x397)))
 (let ((?x218 (* ?x217 ?x242)))
 (let ((?x325 (+ ?x218 ?x324)))
 (let ((?x250 (+ ?x325 ?x316)))
 (let ((?x209 (+ ?x228 ?x229)))
 (let ((?x210 (+ ?x239 ?x209)))
 (let ((?x411 (/ 1.0 exp!5)))
 (let ((?x202 (* ?x411 ?x210)))
 (let ((?x234 (+ ?x417 ?x233)))
 (let ((?x196 (+ ?x415 ?x234)))
 (let ((?x211 (* ?x196 ?x202)))
 (let ((?x378 (+ ?x205 ?x205)))
 (let ((?x400 (+ ?x348 ?x378)))
 (let ((?x384 (* ?x411 ?x400)))
 (let ((?x206 (+ ?x384 ?x211)))
 (let ((?x251 (+ ?x206 ?x250)))
 (or (and (distinct 0.0 ?x251) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!645 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!645) (< exp!1 exp!5)))
(assert
 (= (< log!645 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!645) (< exp!2 exp!5)))
(assert
 (= (< log!645 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!645) (< exp!3 exp!5)))
(assert
 (= (< log!645 log!421) (< exp!5 exp!4)))
(assert
 (= (< log!421 log!645) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!645 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!645)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (=> (> ?x702 0.0) (= exp!5 ?x702)))))))))
(assert
 (= (< log!870 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!870) (< exp!1 exp!6)))
(assert
 (= (< log!870 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!870) (< exp!2 exp!6)))
(assert
 (= (< log!870 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!870) (< exp!3 exp!6)))
(assert
 (= (< log!870 log!421) (< exp!6 exp!4)))
(assert
 (= (< log!421 log!870) (< exp!4 exp!6)))
(assert
 (= (< log!870 log!645) (< exp!6 exp!5)))
(assert
 (= (< log!645 log!870) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!870 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!870)))
(assert
 (let ((?x469 (* 1.0 exp!2)))
(let ((?x369 (/ ?x469 exp!1)))
(let ((?x731 (+ 1.0 ?x369)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x654 (/ ?x55 exp!1)))
(let ((?x297 (+ ?x654 ?x731)))
(=> (> ?x297 0.0) (= exp!6 ?x297)))))))))
(check-sat)
(pop 1)
