; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[2]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
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
 (let ((?x142 (/ ?x36 exp!4)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x116 (/ ?x56 ?x57)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (* 0.0 ?x117)))
 (let ((?x135 (+ ?x117 ?x119)))
 (let ((?x118 (+ 1.0 ?x117)))
 (let ((?x134 (* 0.0 ?x118)))
 (let ((?x136 (+ ?x134 ?x135)))
 (let ((?x146 (* ?x136 ?x142)))
 (let ((?x109 (/ 1.0 ?x57)))
 (let ((?x110 (- ?x109)))
 (let ((?x112 (+ 1.0 ?x110)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x144 (+ ?x110 ?x113)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x145 (+ ?x111 ?x144)))
 (let ((?x147 (* ?x145 ?x146)))
 (let ((?x100 (- ?x56)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x101 (* ?x99 ?x100)))
 (let ((?x97 (/ 0.0 ?x57)))
 (let ((?x102 (+ ?x97 ?x101)))
 (let ((?x103 (- ?x102)))
 (let ((?x104 (* 0.0 ?x103)))
 (let ((?x128 (+ ?x103 ?x104)))
 (let ((?x129 (+ ?x104 ?x128)))
 (let ((?x143 (* ?x129 ?x142)))
 (let ((?x148 (+ ?x143 ?x147)))
 (let ((?x130 (/ 1.0 exp!4)))
 (let ((?x137 (* ?x130 ?x136)))
 (let ((?x132 (+ ?x111 ?x112)))
 (let ((?x133 (+ ?x111 ?x132)))
 (let ((?x138 (* ?x133 ?x137)))
 (let ((?x131 (* ?x130 ?x129)))
 (let ((?x139 (+ ?x131 ?x138)))
 (let ((?x149 (+ ?x139 ?x148)))
 (let ((?x120 (+ ?x119 ?x119)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x107 (/ ?x56 exp!4)))
 (let ((?x122 (* ?x107 ?x121)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (+ ?x110 ?x114)))
 (let ((?x123 (* ?x115 ?x122)))
 (let ((?x105 (+ ?x104 ?x104)))
 (let ((?x106 (+ ?x103 ?x105)))
 (let ((?x108 (* ?x107 ?x106)))
 (let ((?x124 (+ ?x108 ?x123)))
 (let ((?x150 (+ ?x124 ?x149)))
 (or (and (distinct 0.0 ?x150) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (< 0.0 ?x698)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x244 (/ ?x155 exp!5)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let ((?x232 (/ 1.0 ?x698)))
 (let ((?x212 (- ?x232)))
 (let ((?x277 (* 0.0 ?x212)))
 (let ((?x226 (+ ?x212 ?x277)))
 (let ((?x276 (+ 1.0 ?x212)))
 (let ((?x195 (* 0.0 ?x276)))
 (let ((?x227 (+ ?x195 ?x226)))
 (let ((?x253 (* ?x227 ?x244)))
 (let ((?x215 (/ ?x697 ?x698)))
 (let ((?x186 (- ?x215)))
 (let ((?x233 (+ 1.0 ?x186)))
 (let ((?x268 (* 0.0 ?x233)))
 (let ((?x251 (+ ?x186 ?x268)))
 (let ((?x230 (* 0.0 ?x186)))
 (let ((?x252 (+ ?x230 ?x251)))
 (let ((?x255 (* ?x252 ?x253)))
 (let ((?x343 (- ?x697)))
 (let ((?x342 (/ 1.0 (* ?x698 ?x698))))
 (let ((?x207 (* ?x342 ?x343)))
 (let ((?x344 (/ 0.0 ?x698)))
 (let ((?x208 (+ ?x344 ?x207)))
 (let ((?x200 (- ?x208)))
 (let ((?x203 (* 0.0 ?x200)))
 (let ((?x303 (+ ?x200 ?x203)))
 (let ((?x307 (+ ?x203 ?x303)))
 (let ((?x245 (* ?x307 ?x244)))
 (let ((?x256 (+ ?x245 ?x255)))
 (let ((?x308 (/ ?x697 exp!5)))
 (let ((?x228 (* ?x308 ?x227)))
 (let ((?x311 (+ ?x230 ?x233)))
 (let ((?x194 (+ ?x230 ?x311)))
 (let ((?x242 (* ?x194 ?x228)))
 (let ((?x309 (* ?x308 ?x307)))
 (let ((?x243 (+ ?x309 ?x242)))
 (let ((?x261 (+ ?x243 ?x256)))
 (let ((?x319 (+ ?x277 ?x277)))
 (let ((?x320 (+ ?x276 ?x319)))
 (let ((?x210 (/ 1.0 exp!5)))
 (let ((?x179 (* ?x210 ?x320)))
 (let ((?x278 (+ ?x230 ?x268)))
 (let ((?x231 (+ ?x186 ?x278)))
 (let ((?x180 (* ?x231 ?x179)))
 (let ((?x209 (+ ?x203 ?x203)))
 (let ((?x204 (+ ?x200 ?x209)))
 (let ((?x211 (* ?x210 ?x204)))
 (let ((?x181 (+ ?x211 ?x180)))
 (let ((?x272 (+ ?x181 ?x261)))
 (or (and (distinct 0.0 ?x272) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(let ((?x155 (/ ?x9 exp!3)))
(let ((?x697 (/ (* 1.0 exp!2) exp!3)))
(let ((?x680 (+ ?x697 ?x155)))
(let ((?x698 (+ 1.0 ?x680)))
(=> (> ?x698 0.0) (= exp!5 ?x698))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x452 (/ ?x460 exp!1)))
 (let ((?x788 (+ 1.0 ?x452)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x220 (/ ?x55 exp!1)))
 (let ((?x708 (+ ?x220 ?x788)))
 (< 0.0 ?x708))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x452 (/ ?x460 exp!1)))
 (let ((?x788 (+ 1.0 ?x452)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x220 (/ ?x55 exp!1)))
 (let ((?x708 (+ ?x220 ?x788)))
 (let (($x415 (= 0.0 ?x708)))
 (not $x415)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x452 (/ ?x460 exp!1)))
 (let ((?x788 (+ 1.0 ?x452)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x220 (/ ?x55 exp!1)))
 (let ((?x708 (+ ?x220 ?x788)))
 (let (($x415 (= 0.0 ?x708)))
 (not $x415)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x452 (/ ?x460 exp!1)))
 (let ((?x788 (+ 1.0 ?x452)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x220 (/ ?x55 exp!1)))
 (let ((?x708 (+ ?x220 ?x788)))
 (let (($x415 (= 0.0 ?x708)))
 (not $x415)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x452 (/ ?x460 exp!1)))
 (let ((?x788 (+ 1.0 ?x452)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x220 (/ ?x55 exp!1)))
 (let ((?x708 (+ ?x220 ?x788)))
 (let (($x415 (= 0.0 ?x708)))
 (not $x415)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x452 (/ ?x460 exp!1)))
 (let ((?x788 (+ 1.0 ?x452)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x220 (/ ?x55 exp!1)))
 (let ((?x708 (+ ?x220 ?x788)))
 (let (($x415 (= 0.0 ?x708)))
 (not $x415)))))))))
(assert
 (let ((?x614 (/ 1.0 exp!6)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x452 (/ ?x460 exp!1)))
 (let ((?x788 (+ 1.0 ?x452)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x220 (/ ?x55 exp!1)))
 (let ((?x708 (+ ?x220 ?x788)))
 (let ((?x216 (/ ?x220 ?x708)))
 (let ((?x229 (- ?x216)))
 (let ((?x1006 (* 0.0 ?x229)))
 (let ((?x199 (+ ?x229 ?x1006)))
 (let ((?x733 (+ 1.0 ?x229)))
 (let ((?x168 (* 0.0 ?x733)))
 (let ((?x601 (+ ?x168 ?x199)))
 (let ((?x219 (* ?x601 ?x614)))
 (let ((?x214 (/ ?x452 ?x708)))
 (let ((?x271 (- ?x214)))
 (let ((?x371 (+ 1.0 ?x271)))
 (let ((?x1000 (* 0.0 ?x371)))
 (let ((?x246 (+ ?x271 ?x1000)))
 (let ((?x383 (* 0.0 ?x271)))
 (let ((?x270 (+ ?x383 ?x246)))
 (let ((?x213 (* ?x270 ?x219)))
 (let ((?x394 (- ?x220)))
 (let ((?x546 (* ?x452 ?x394)))
 (let ((?x421 (/ 1.0 (* ?x708 ?x708))))
 (let ((?x341 (* ?x421 ?x546)))
 (let ((?x302 (/ 0.0 ?x708)))
 (let ((?x241 (+ ?x302 ?x341)))
 (let ((?x187 (- ?x241)))
 (let ((?x1010 (* 0.0 ?x187)))
 (let ((?x407 (+ ?x187 ?x1010)))
 (let ((?x763 (+ ?x1010 ?x407)))
 (let ((?x595 (* ?x763 ?x614)))
 (let ((?x575 (+ ?x595 ?x213)))
 (let ((?x999 (/ ?x452 exp!6)))
 (let ((?x990 (* ?x999 ?x601)))
 (let ((?x621 (+ ?x383 ?x371)))
 (let ((?x750 (+ ?x383 ?x621)))
 (let ((?x988 (* ?x750 ?x990)))
 (let ((?x496 (* ?x999 ?x763)))
 (let ((?x316 (+ ?x496 ?x988)))
 (let ((?x780 (+ ?x316 ?x575)))
 (let ((?x442 (+ ?x1006 ?x1006)))
 (let ((?x321 (+ ?x733 ?x442)))
 (let ((?x804 (/ ?x220 exp!6)))
 (let ((?x1008 (* ?x804 ?x321)))
 (let ((?x1011 (+ ?x383 ?x1000)))
 (let ((?x238 (+ ?x271 ?x1011)))
 (let ((?x191 (* ?x238 ?x1008)))
 (let ((?x236 (+ ?x1010 ?x1010)))
 (let ((?x359 (+ ?x187 ?x236)))
 (let ((?x405 (* ?x804 ?x359)))
 (let ((?x264 (+ ?x405 ?x191)))
 (let ((?x993 (+ ?x264 ?x780)))
 (or (and (distinct 0.0 ?x993) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (=> (> ?x698 0.0) (= exp!5 ?x698)))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
(let ((?x452 (/ ?x460 exp!1)))
(let ((?x788 (+ 1.0 ?x452)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x220 (/ ?x55 exp!1)))
(let ((?x708 (+ ?x220 ?x788)))
(=> (> ?x708 0.0) (= exp!6 ?x708)))))))))
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
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (< 0.0 ?x698))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x244 (/ ?x155 exp!5)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let ((?x232 (/ 1.0 ?x698)))
 (let ((?x212 (- ?x232)))
 (let ((?x277 (* 0.0 ?x212)))
 (let ((?x226 (+ ?x212 ?x277)))
 (let ((?x276 (+ 1.0 ?x212)))
 (let ((?x195 (* 0.0 ?x276)))
 (let ((?x227 (+ ?x195 ?x226)))
 (let ((?x253 (* ?x227 ?x244)))
 (let ((?x215 (/ ?x697 ?x698)))
 (let ((?x186 (- ?x215)))
 (let ((?x233 (+ 1.0 ?x186)))
 (let ((?x268 (* 0.0 ?x233)))
 (let ((?x251 (+ ?x186 ?x268)))
 (let ((?x230 (* 0.0 ?x186)))
 (let ((?x252 (+ ?x230 ?x251)))
 (let ((?x255 (* ?x252 ?x253)))
 (let ((?x343 (- ?x697)))
 (let ((?x342 (/ 1.0 (* ?x698 ?x698))))
 (let ((?x207 (* ?x342 ?x343)))
 (let ((?x344 (/ 0.0 ?x698)))
 (let ((?x208 (+ ?x344 ?x207)))
 (let ((?x200 (- ?x208)))
 (let ((?x203 (* 0.0 ?x200)))
 (let ((?x303 (+ ?x200 ?x203)))
 (let ((?x307 (+ ?x203 ?x303)))
 (let ((?x245 (* ?x307 ?x244)))
 (let ((?x256 (+ ?x245 ?x255)))
 (let ((?x308 (/ ?x697 exp!5)))
 (let ((?x228 (* ?x308 ?x227)))
 (let ((?x311 (+ ?x230 ?x233)))
 (let ((?x194 (+ ?x230 ?x311)))
 (let ((?x242 (* ?x194 ?x228)))
 (let ((?x309 (* ?x308 ?x307)))
 (let ((?x243 (+ ?x309 ?x242)))
 (let ((?x261 (+ ?x243 ?x256)))
 (let ((?x319 (+ ?x277 ?x277)))
 (let ((?x320 (+ ?x276 ?x319)))
 (let ((?x210 (/ 1.0 exp!5)))
 (let ((?x179 (* ?x210 ?x320)))
 (let ((?x278 (+ ?x230 ?x268)))
 (let ((?x231 (+ ?x186 ?x278)))
 (let ((?x180 (* ?x231 ?x179)))
 (let ((?x209 (+ ?x203 ?x203)))
 (let ((?x204 (+ ?x200 ?x209)))
 (let ((?x211 (* ?x210 ?x204)))
 (let ((?x181 (+ ?x211 ?x180)))
 (let ((?x272 (+ ?x181 ?x261)))
 (or (and (distinct 0.0 ?x272) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (=> (> ?x698 0.0) (= exp!5 ?x698)))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
(let ((?x452 (/ ?x460 exp!1)))
(let ((?x788 (+ 1.0 ?x452)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x220 (/ ?x55 exp!1)))
(let ((?x708 (+ ?x220 ?x788)))
(=> (> ?x708 0.0) (= exp!6 ?x708)))))))))
(check-sat)
(pop 1)
