; certjax: rule estimators.enumerate_CategoricalLogits, obligation 'unbiased[1]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!166 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let ((?x146 (/ ?x52 ?x54)))
 (let ((?x147 (- ?x146)))
 (let ((?x149 (+ 1.0 ?x147)))
 (let ((?x150 (* 0.0 ?x149)))
 (let ((?x148 (* 0.0 ?x147)))
 (let ((?x160 (+ ?x148 ?x150)))
 (let ((?x161 (+ ?x147 ?x160)))
 (let ((?x112 (/ ?x33 exp!5)))
 (let ((?x162 (* ?x112 ?x161)))
 (let ((?x163 (* |f[2]| ?x162)))
 (let ((?x155 (+ ?x148 ?x149)))
 (let ((?x156 (+ ?x148 ?x155)))
 (let ((?x123 (/ ?x52 exp!5)))
 (let ((?x157 (* ?x123 ?x156)))
 (let ((?x158 (* |f[1]| ?x157)))
 (let ((?x151 (+ ?x147 ?x150)))
 (let ((?x152 (+ ?x148 ?x151)))
 (let ((?x135 (/ 1.0 exp!5)))
 (let ((?x153 (* ?x135 ?x152)))
 (let ((?x154 (* |f[0]| ?x153)))
 (let ((?x159 (+ ?x154 ?x158)))
 (let ((?x164 (+ ?x159 ?x163)))
 (let ((?x136 (* |f[0]| ?x135)))
 (let ((?x139 (- ?x136)))
 (let ((?x137 (* 0.0 ?x136)))
 (let ((?x138 (- ?x137)))
 (let ((?x140 (+ ?x138 ?x139)))
 (let ((?x141 (+ ?x138 ?x140)))
 (let ((?x142 (/ ?x141 ?x54)))
 (let ((?x143 (* ?x52 ?x142)))
 (let ((?x144 (+ ?x137 ?x143)))
 (let ((?x124 (* |f[1]| ?x123)))
 (let ((?x127 (- ?x124)))
 (let ((?x125 (* 0.0 ?x124)))
 (let ((?x126 (- ?x125)))
 (let ((?x128 (+ ?x126 ?x127)))
 (let ((?x129 (+ ?x126 ?x128)))
 (let ((?x130 (/ ?x129 ?x54)))
 (let ((?x131 (* ?x52 ?x130)))
 (let ((?x132 (+ ?x124 ?x131)))
 (let ((?x113 (* |f[2]| ?x112)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x116 (- ?x114)))
 (let ((?x117 (+ ?x116 ?x116)))
 (let ((?x115 (- ?x113)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (/ ?x118 ?x54)))
 (let ((?x120 (* ?x52 ?x119)))
 (let ((?x121 (+ ?x114 ?x120)))
 (let ((?x133 (+ ?x121 ?x132)))
 (let ((?x145 (+ ?x133 ?x144)))
 (or (and (distinct ?x145 ?x164) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x61 (< log!166 |logits[2]|)))
 (= $x61 (< exp!4 exp!1))))
(assert
 (let (($x64 (< |logits[2]| log!166)))
 (= $x64 (< exp!1 exp!4))))
(assert
 (let (($x67 (< log!166 |logits[0]|)))
 (= $x67 (< exp!4 exp!2))))
(assert
 (let (($x70 (< |logits[0]| log!166)))
 (= $x70 (< exp!2 exp!4))))
(assert
 (let (($x73 (< log!166 |logits[1]|)))
 (= $x73 (< exp!4 exp!3))))
(assert
 (let (($x76 (< |logits[1]| log!166)))
 (= $x76 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x80 (> log!166 0.0)))
 (= $x80 (> exp!4 1.0))))
(assert
 (let ((?x83 (+ 1.0 log!166)))
 (>= exp!4 ?x83)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x85 (> ?x54 0.0)))
 (=> $x85 (= exp!4 ?x54))))))))
(assert
 (let (($x61 (< log!166 |logits[2]|)))
 (= $x61 (< exp!5 exp!1))))
(assert
 (let (($x64 (< |logits[2]| log!166)))
 (= $x64 (< exp!1 exp!5))))
(assert
 (let (($x67 (< log!166 |logits[0]|)))
 (= $x67 (< exp!5 exp!2))))
(assert
 (let (($x70 (< |logits[0]| log!166)))
 (= $x70 (< exp!2 exp!5))))
(assert
 (let (($x73 (< log!166 |logits[1]|)))
 (= $x73 (< exp!5 exp!3))))
(assert
 (let (($x76 (< |logits[1]| log!166)))
 (= $x76 (< exp!3 exp!5))))
(assert
 (let (($x101 (< log!166 log!166)))
 (= $x101 (< exp!5 exp!4))))
(assert
 (let (($x101 (< log!166 log!166)))
 (= $x101 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x80 (> log!166 0.0)))
 (= $x80 (> exp!5 1.0))))
(assert
 (let ((?x83 (+ 1.0 log!166)))
 (>= exp!5 ?x83)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x85 (> ?x54 0.0)))
(=> $x85 (= exp!5 ?x54))))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!166 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!289 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x166 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (< 0.0 ?x717)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x166 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x714 (= 0.0 ?x717)))
 (not $x714))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x166 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x714 (= 0.0 ?x717)))
 (not $x714))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x166 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x714 (= 0.0 ?x717)))
 (not $x714))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x166 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (< 0.0 ?x717)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x166 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x714 (= 0.0 ?x717)))
 (not $x714))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x166 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x714 (= 0.0 ?x717)))
 (not $x714))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x166 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x714 (= 0.0 ?x717)))
 (not $x714))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x166 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x714 (= 0.0 ?x717)))
 (not $x714))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x166 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let ((?x394 (/ ?x168 ?x717)))
 (let ((?x229 (- ?x394)))
 (let ((?x378 (+ 1.0 ?x229)))
 (let ((?x434 (* 0.0 ?x378)))
 (let ((?x230 (* 0.0 ?x229)))
 (let ((?x323 (+ ?x230 ?x434)))
 (let ((?x280 (+ ?x229 ?x323)))
 (let ((?x328 (/ 1.0 exp!7)))
 (let ((?x281 (* ?x328 ?x280)))
 (let ((?x196 (* |f[2]| ?x281)))
 (let ((?x187 (+ ?x230 ?x378)))
 (let ((?x188 (+ ?x230 ?x187)))
 (let ((?x446 (/ ?x168 exp!7)))
 (let ((?x317 (* ?x446 ?x188)))
 (let ((?x311 (* |f[1]| ?x317)))
 (let ((?x435 (+ ?x229 ?x434)))
 (let ((?x437 (+ ?x230 ?x435)))
 (let ((?x210 (/ ?x166 exp!7)))
 (let ((?x443 (* ?x210 ?x437)))
 (let ((?x444 (* |f[0]| ?x443)))
 (let ((?x321 (+ ?x444 ?x311)))
 (let ((?x389 (+ ?x321 ?x196)))
 (let ((?x211 (* |f[0]| ?x210)))
 (let ((?x246 (- ?x211)))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x245 (- ?x212)))
 (let ((?x335 (+ ?x245 ?x246)))
 (let ((?x377 (+ ?x245 ?x335)))
 (let ((?x388 (/ ?x377 ?x717)))
 (let ((?x341 (* ?x168 ?x388)))
 (let ((?x382 (+ ?x212 ?x341)))
 (let ((?x193 (* |f[1]| ?x446)))
 (let ((?x261 (- ?x193)))
 (let ((?x194 (* 0.0 ?x193)))
 (let ((?x195 (- ?x194)))
 (let ((?x271 (+ ?x195 ?x261)))
 (let ((?x275 (+ ?x195 ?x271)))
 (let ((?x277 (/ ?x275 ?x717)))
 (let ((?x456 (* ?x168 ?x277)))
 (let ((?x457 (+ ?x193 ?x456)))
 (let ((?x330 (* |f[2]| ?x328)))
 (let ((?x397 (* 0.0 ?x330)))
 (let ((?x401 (- ?x397)))
 (let ((?x411 (+ ?x401 ?x401)))
 (let ((?x399 (- ?x330)))
 (let ((?x447 (+ ?x399 ?x411)))
 (let ((?x448 (/ ?x447 ?x717)))
 (let ((?x449 (* ?x168 ?x448)))
 (let ((?x445 (+ ?x397 ?x449)))
 (let ((?x209 (+ ?x445 ?x457)))
 (let ((?x392 (+ ?x209 ?x382)))
 (or (and (distinct ?x392 ?x389) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x61 (< log!166 |logits[2]|)))
 (= $x61 (< exp!4 exp!1))))
(assert
 (let (($x64 (< |logits[2]| log!166)))
 (= $x64 (< exp!1 exp!4))))
(assert
 (let (($x67 (< log!166 |logits[0]|)))
 (= $x67 (< exp!4 exp!2))))
(assert
 (let (($x70 (< |logits[0]| log!166)))
 (= $x70 (< exp!2 exp!4))))
(assert
 (let (($x73 (< log!166 |logits[1]|)))
 (= $x73 (< exp!4 exp!3))))
(assert
 (let (($x76 (< |logits[1]| log!166)))
 (= $x76 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x80 (> log!166 0.0)))
 (= $x80 (> exp!4 1.0))))
(assert
 (let ((?x83 (+ 1.0 log!166)))
 (>= exp!4 ?x83)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x85 (> ?x54 0.0)))
 (=> $x85 (= exp!4 ?x54)))))))))
(assert
 (let (($x61 (< log!166 |logits[2]|)))
 (= $x61 (< exp!5 exp!1))))
(assert
 (let (($x64 (< |logits[2]| log!166)))
 (= $x64 (< exp!1 exp!5))))
(assert
 (let (($x67 (< log!166 |logits[0]|)))
 (= $x67 (< exp!5 exp!2))))
(assert
 (let (($x70 (< |logits[0]| log!166)))
 (= $x70 (< exp!2 exp!5))))
(assert
 (let (($x73 (< log!166 |logits[1]|)))
 (= $x73 (< exp!5 exp!3))))
(assert
 (let (($x76 (< |logits[1]| log!166)))
 (= $x76 (< exp!3 exp!5))))
(assert
 (let (($x101 (< log!166 log!166)))
 (= $x101 (< exp!5 exp!4))))
(assert
 (let (($x101 (< log!166 log!166)))
 (= $x101 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x80 (> log!166 0.0)))
 (= $x80 (> exp!5 1.0))))
(assert
 (let ((?x83 (+ 1.0 log!166)))
 (>= exp!5 ?x83)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x85 (> ?x54 0.0)))
 (=> $x85 (= exp!5 ?x54)))))))))
(assert
 (let (($x547 (< log!289 |logits[2]|)))
 (= $x547 (< exp!6 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!289)))
 (= $x537 (< exp!1 exp!6))))
(assert
 (let (($x727 (< log!289 |logits[0]|)))
 (= $x727 (< exp!6 exp!2))))
(assert
 (let (($x710 (< |logits[0]| log!289)))
 (= $x710 (< exp!2 exp!6))))
(assert
 (let (($x525 (< log!289 |logits[1]|)))
 (= $x525 (< exp!6 exp!3))))
(assert
 (let (($x721 (< |logits[1]| log!289)))
 (= $x721 (< exp!3 exp!6))))
(assert
 (let (($x465 (< log!289 log!166)))
 (= $x465 (< exp!6 exp!5))))
(assert
 (let (($x713 (< log!166 log!289)))
 (= $x713 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x711 (> log!289 0.0)))
 (= $x711 (> exp!6 1.0))))
(assert
 (let ((?x707 (+ 1.0 log!289)))
 (>= exp!6 ?x707)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x166 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x704 (> ?x717 0.0)))
 (=> $x704 (= exp!6 ?x717)))))))))
(assert
 (let (($x547 (< log!289 |logits[2]|)))
 (= $x547 (< exp!7 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!289)))
 (= $x537 (< exp!1 exp!7))))
(assert
 (let (($x727 (< log!289 |logits[0]|)))
 (= $x727 (< exp!7 exp!2))))
(assert
 (let (($x710 (< |logits[0]| log!289)))
 (= $x710 (< exp!2 exp!7))))
(assert
 (let (($x525 (< log!289 |logits[1]|)))
 (= $x525 (< exp!7 exp!3))))
(assert
 (let (($x721 (< |logits[1]| log!289)))
 (= $x721 (< exp!3 exp!7))))
(assert
 (let (($x465 (< log!289 log!166)))
 (= $x465 (< exp!7 exp!5))))
(assert
 (let (($x713 (< log!166 log!289)))
 (= $x713 (< exp!5 exp!7))))
(assert
 (let (($x244 (< log!289 log!289)))
 (= $x244 (< exp!7 exp!6))))
(assert
 (let (($x244 (< log!289 log!289)))
 (= $x244 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x711 (> log!289 0.0)))
 (= $x711 (> exp!7 1.0))))
(assert
 (let ((?x707 (+ 1.0 log!289)))
 (>= exp!7 ?x707)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x168 (/ ?x51 exp!1)))
(let ((?x166 (/ (* 1.0 exp!2) exp!1)))
(let ((?x497 (+ ?x166 ?x168)))
(let ((?x717 (+ 1.0 ?x497)))
(let (($x704 (> ?x717 0.0)))
(=> $x704 (= exp!7 ?x717)))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!9 () Real)
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!166 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!289 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!414 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x268 (/ ?x165 exp!3)))
 (let ((?x242 (+ 1.0 ?x268)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x442 (/ ?x24 exp!3)))
 (let ((?x642 (+ ?x442 ?x242)))
 (< 0.0 ?x642))))))))
(assert
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x268 (/ ?x165 exp!3)))
 (let ((?x242 (+ 1.0 ?x268)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x442 (/ ?x24 exp!3)))
 (let ((?x642 (+ ?x442 ?x242)))
 (let (($x646 (= 0.0 ?x642)))
 (not $x646)))))))))
(assert
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x268 (/ ?x165 exp!3)))
 (let ((?x242 (+ 1.0 ?x268)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x442 (/ ?x24 exp!3)))
 (let ((?x642 (+ ?x442 ?x242)))
 (let (($x646 (= 0.0 ?x642)))
 (not $x646)))))))))
(assert
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x268 (/ ?x165 exp!3)))
 (let ((?x242 (+ 1.0 ?x268)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x442 (/ ?x24 exp!3)))
 (let ((?x642 (+ ?x442 ?x242)))
 (let (($x646 (= 0.0 ?x642)))
 (not $x646)))))))))
(assert
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x268 (/ ?x165 exp!3)))
 (let ((?x242 (+ 1.0 ?x268)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x442 (/ ?x24 exp!3)))
 (let ((?x642 (+ ?x442 ?x242)))
 (< 0.0 ?x642))))))))
(assert
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x268 (/ ?x165 exp!3)))
 (let ((?x242 (+ 1.0 ?x268)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x442 (/ ?x24 exp!3)))
 (let ((?x642 (+ ?x442 ?x242)))
 (let (($x646 (= 0.0 ?x642)))
 (not $x646)))))))))
(assert
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x268 (/ ?x165 exp!3)))
 (let ((?x242 (+ 1.0 ?x268)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x442 (/ ?x24 exp!3)))
 (let ((?x642 (+ ?x442 ?x242)))
 (let (($x646 (= 0.0 ?x642)))
 (not $x646)))))))))
(assert
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x268 (/ ?x165 exp!3)))
 (let ((?x242 (+ 1.0 ?x268)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x442 (/ ?x24 exp!3)))
 (let ((?x642 (+ ?x442 ?x242)))
 (let (($x646 (= 0.0 ?x642)))
 (not $x646)))))))))
(assert
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x268 (/ ?x165 exp!3)))
 (let ((?x242 (+ 1.0 ?x268)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x442 (/ ?x24 exp!3)))
 (let ((?x642 (+ ?x442 ?x242)))
 (let (($x646 (= 0.0 ?x642)))
 (not $x646)))))))))
(assert
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x268 (/ ?x165 exp!3)))
 (let ((?x242 (+ 1.0 ?x268)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x442 (/ ?x24 exp!3)))
 (let ((?x642 (+ ?x442 ?x242)))
 (let ((?x422 (/ 1.0 ?x642)))
 (let ((?x1118 (- ?x422)))
 (let ((?x181 (+ 1.0 ?x1118)))
 (let ((?x550 (* 0.0 ?x181)))
 (let ((?x501 (* 0.0 ?x1118)))
 (let ((?x1119 (+ ?x501 ?x550)))
 (let ((?x173 (+ ?x1118 ?x1119)))
 (let ((?x831 (/ ?x442 exp!9)))
 (let ((?x1079 (* ?x831 ?x173)))
 (let ((?x460 (* |f[2]| ?x1079)))
 (let ((?x1128 (+ ?x501 ?x181)))
 (let ((?x818 (+ ?x501 ?x1128)))
 (let ((?x822 (/ 1.0 exp!9)))
 (let ((?x666 (* ?x822 ?x818)))
 (let ((?x325 (* |f[1]| ?x666)))
 (let ((?x252 (+ ?x1118 ?x550)))
 (let ((?x668 (+ ?x501 ?x252)))
 (let ((?x848 (/ ?x268 exp!9)))
 (let ((?x536 (* ?x848 ?x668)))
 (let ((?x390 (* |f[0]| ?x536)))
 (let ((?x755 (+ ?x390 ?x325)))
 (let ((?x172 (+ ?x755 ?x460)))
 (let ((?x301 (* |f[0]| ?x848)))
 (let ((?x682 (- ?x301)))
 (let ((?x300 (* 0.0 ?x301)))
 (let ((?x472 (- ?x300)))
 (let ((?x778 (+ ?x472 ?x682)))
 (let ((?x798 (+ ?x472 ?x778)))
 (let ((?x361 (/ ?x798 ?x642)))
 (let ((?x851 (+ ?x300 ?x361)))
 (let ((?x217 (* |f[1]| ?x822)))
 (let ((?x622 (- ?x217)))
 (let ((?x292 (* 0.0 ?x217)))
 (let ((?x656 (- ?x292)))
 (let ((?x679 (+ ?x656 ?x622)))
 (let ((?x636 (+ ?x656 ?x679)))
 (let ((?x438 (/ ?x636 ?x642)))
 (let ((?x1145 (+ ?x217 ?x438)))
 (let ((?x222 (* |f[2]| ?x831)))
 (let ((?x635 (* 0.0 ?x222)))
 (let ((?x1143 (- ?x635)))
 (let ((?x1130 (+ ?x1143 ?x1143)))
 (let ((?x764 (- ?x222)))
 (let ((?x631 (+ ?x764 ?x1130)))
 (let ((?x298 (/ ?x631 ?x642)))
 (let ((?x613 (+ ?x635 ?x298)))
 (let ((?x1144 (+ ?x613 ?x1145)))
 (let ((?x203 (+ ?x1144 ?x851)))
 (or (and (distinct ?x203 ?x172) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x61 (< log!166 |logits[2]|)))
 (= $x61 (< exp!4 exp!1))))
(assert
 (let (($x64 (< |logits[2]| log!166)))
 (= $x64 (< exp!1 exp!4))))
(assert
 (let (($x67 (< log!166 |logits[0]|)))
 (= $x67 (< exp!4 exp!2))))
(assert
 (let (($x70 (< |logits[0]| log!166)))
 (= $x70 (< exp!2 exp!4))))
(assert
 (let (($x73 (< log!166 |logits[1]|)))
 (= $x73 (< exp!4 exp!3))))
(assert
 (let (($x76 (< |logits[1]| log!166)))
 (= $x76 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x80 (> log!166 0.0)))
 (= $x80 (> exp!4 1.0))))
(assert
 (let ((?x83 (+ 1.0 log!166)))
 (>= exp!4 ?x83)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x85 (> ?x54 0.0)))
 (=> $x85 (= exp!4 ?x54))))))))))
(assert
 (let (($x61 (< log!166 |logits[2]|)))
 (= $x61 (< exp!5 exp!1))))
(assert
 (let (($x64 (< |logits[2]| log!166)))
 (= $x64 (< exp!1 exp!5))))
(assert
 (let (($x67 (< log!166 |logits[0]|)))
 (= $x67 (< exp!5 exp!2))))
(assert
 (let (($x70 (< |logits[0]| log!166)))
 (= $x70 (< exp!2 exp!5))))
(assert
 (let (($x73 (< log!166 |logits[1]|)))
 (= $x73 (< exp!5 exp!3))))
(assert
 (let (($x76 (< |logits[1]| log!166)))
 (= $x76 (< exp!3 exp!5))))
(assert
 (let (($x101 (< log!166 log!166)))
 (= $x101 (< exp!5 exp!4))))
(assert
 (let (($x101 (< log!166 log!166)))
 (= $x101 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x80 (> log!166 0.0)))
 (= $x80 (> exp!5 1.0))))
(assert
 (let ((?x83 (+ 1.0 log!166)))
 (>= exp!5 ?x83)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x85 (> ?x54 0.0)))
 (=> $x85 (= exp!5 ?x54))))))))))
(assert
 (let (($x547 (< log!289 |logits[2]|)))
 (= $x547 (< exp!6 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!289)))
 (= $x537 (< exp!1 exp!6))))
(assert
 (let (($x727 (< log!289 |logits[0]|)))
 (= $x727 (< exp!6 exp!2))))
(assert
 (let (($x710 (< |logits[0]| log!289)))
 (= $x710 (< exp!2 exp!6))))
(assert
 (let (($x525 (< log!289 |logits[1]|)))
 (= $x525 (< exp!6 exp!3))))
(assert
 (let (($x721 (< |logits[1]| log!289)))
 (= $x721 (< exp!3 exp!6))))
(assert
 (let (($x465 (< log!289 log!166)))
 (= $x465 (< exp!6 exp!5))))
(assert
 (let (($x713 (< log!166 log!289)))
 (= $x713 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x711 (> log!289 0.0)))
 (= $x711 (> exp!6 1.0))))
(assert
 (let ((?x707 (+ 1.0 log!289)))
 (>= exp!6 ?x707)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x165 exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x704 (> ?x717 0.0)))
 (=> $x704 (= exp!6 ?x717))))))))))
(assert
 (let (($x547 (< log!289 |logits[2]|)))
 (= $x547 (< exp!7 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!289)))
 (= $x537 (< exp!1 exp!7))))
(assert
 (let (($x727 (< log!289 |logits[0]|)))
 (= $x727 (< exp!7 exp!2))))
(assert
 (let (($x710 (< |logits[0]| log!289)))
 (= $x710 (< exp!2 exp!7))))
(assert
 (let (($x525 (< log!289 |logits[1]|)))
 (= $x525 (< exp!7 exp!3))))
(assert
 (let (($x721 (< |logits[1]| log!289)))
 (= $x721 (< exp!3 exp!7))))
(assert
 (let (($x465 (< log!289 log!166)))
 (= $x465 (< exp!7 exp!5))))
(assert
 (let (($x713 (< log!166 log!289)))
 (= $x713 (< exp!5 exp!7))))
(assert
 (let (($x244 (< log!289 log!289)))
 (= $x244 (< exp!7 exp!6))))
(assert
 (let (($x244 (< log!289 log!289)))
 (= $x244 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x711 (> log!289 0.0)))
 (= $x711 (> exp!7 1.0))))
(assert
 (let ((?x707 (+ 1.0 log!289)))
 (>= exp!7 ?x707)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x165 exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x704 (> ?x717 0.0)))
 (=> $x704 (= exp!7 ?x717))))))))))
(assert
 (let (($x419 (< log!414 |logits[2]|)))
 (= $x419 (< exp!8 exp!1))))
(assert
 (let (($x376 (< |logits[2]| log!414)))
 (= $x376 (< exp!1 exp!8))))
(assert
 (let (($x548 (< log!414 |logits[0]|)))
 (= $x548 (< exp!8 exp!2))))
(assert
 (let (($x753 (< |logits[0]| log!414)))
 (= $x753 (< exp!2 exp!8))))
(assert
 (let (($x1141 (< log!414 |logits[1]|)))
 (= $x1141 (< exp!8 exp!3))))
(assert
 (let (($x852 (< |logits[1]| log!414)))
 (= $x852 (< exp!3 exp!8))))
(assert
 (let (($x813 (< log!414 log!166)))
 (= $x813 (< exp!8 exp!5))))
(assert
 (let (($x767 (< log!166 log!414)))
 (= $x767 (< exp!5 exp!8))))
(assert
 (let (($x686 (< log!414 log!289)))
 (= $x686 (< exp!8 exp!7))))
(assert
 (let (($x654 (< log!289 log!414)))
 (= $x654 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x358 (> log!414 0.0)))
 (= $x358 (> exp!8 1.0))))
(assert
 (let ((?x264 (+ 1.0 log!414)))
 (>= exp!8 ?x264)))
(assert
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x268 (/ ?x165 exp!3)))
 (let ((?x242 (+ 1.0 ?x268)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x442 (/ ?x24 exp!3)))
 (let ((?x642 (+ ?x442 ?x242)))
 (let (($x232 (> ?x642 0.0)))
 (=> $x232 (= exp!8 ?x642))))))))))
(assert
 (let (($x419 (< log!414 |logits[2]|)))
 (= $x419 (< exp!9 exp!1))))
(assert
 (let (($x376 (< |logits[2]| log!414)))
 (= $x376 (< exp!1 exp!9))))
(assert
 (let (($x548 (< log!414 |logits[0]|)))
 (= $x548 (< exp!9 exp!2))))
(assert
 (let (($x753 (< |logits[0]| log!414)))
 (= $x753 (< exp!2 exp!9))))
(assert
 (let (($x1141 (< log!414 |logits[1]|)))
 (= $x1141 (< exp!9 exp!3))))
(assert
 (let (($x852 (< |logits[1]| log!414)))
 (= $x852 (< exp!3 exp!9))))
(assert
 (let (($x813 (< log!414 log!166)))
 (= $x813 (< exp!9 exp!5))))
(assert
 (let (($x767 (< log!166 log!414)))
 (= $x767 (< exp!5 exp!9))))
(assert
 (let (($x686 (< log!414 log!289)))
 (= $x686 (< exp!9 exp!7))))
(assert
 (let (($x654 (< log!289 log!414)))
 (= $x654 (< exp!7 exp!9))))
(assert
 (let (($x312 (< log!414 log!414)))
 (= $x312 (< exp!9 exp!8))))
(assert
 (let (($x312 (< log!414 log!414)))
 (= $x312 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x358 (> log!414 0.0)))
 (= $x358 (> exp!9 1.0))))
(assert
 (let ((?x264 (+ 1.0 log!414)))
 (>= exp!9 ?x264)))
(assert
 (let ((?x165 (* 1.0 exp!2)))
(let ((?x268 (/ ?x165 exp!3)))
(let ((?x242 (+ 1.0 ?x268)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x442 (/ ?x24 exp!3)))
(let ((?x642 (+ ?x442 ?x242)))
(let (($x232 (> ?x642 0.0)))
(=> $x232 (= exp!9 ?x642))))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!166 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!289 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!414 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x165 exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (< 0.0 ?x717))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x165 exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x714 (= 0.0 ?x717)))
 (not $x714)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x165 exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x714 (= 0.0 ?x717)))
 (not $x714)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x165 exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x714 (= 0.0 ?x717)))
 (not $x714)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x165 exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (< 0.0 ?x717))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x165 exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x714 (= 0.0 ?x717)))
 (not $x714)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x165 exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x714 (= 0.0 ?x717)))
 (not $x714)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x165 exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x714 (= 0.0 ?x717)))
 (not $x714)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x165 exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x714 (= 0.0 ?x717)))
 (not $x714)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x165 exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let ((?x394 (/ ?x168 ?x717)))
 (let ((?x229 (- ?x394)))
 (let ((?x378 (+ 1.0 ?x229)))
 (let ((?x434 (* 0.0 ?x378)))
 (let ((?x230 (* 0.0 ?x229)))
 (let ((?x323 (+ ?x230 ?x434)))
 (let ((?x280 (+ ?x229 ?x323)))
 (let ((?x328 (/ 1.0 exp!7)))
 (let ((?x281 (* ?x328 ?x280)))
 (let ((?x196 (* |f[2]| ?x281)))
 (let ((?x187 (+ ?x230 ?x378)))
 (let ((?x188 (+ ?x230 ?x187)))
 (let ((?x446 (/ ?x168 exp!7)))
 (let ((?x317 (* ?x446 ?x188)))
 (let ((?x311 (* |f[1]| ?x317)))
 (let ((?x435 (+ ?x229 ?x434)))
 (let ((?x437 (+ ?x230 ?x435)))
 (let ((?x210 (/ ?x166 exp!7)))
 (let ((?x443 (* ?x210 ?x437)))
 (let ((?x444 (* |f[0]| ?x443)))
 (let ((?x321 (+ ?x444 ?x311)))
 (let ((?x389 (+ ?x321 ?x196)))
 (let ((?x211 (* |f[0]| ?x210)))
 (let ((?x246 (- ?x211)))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x245 (- ?x212)))
 (let ((?x335 (+ ?x245 ?x246)))
 (let ((?x377 (+ ?x245 ?x335)))
 (let ((?x388 (/ ?x377 ?x717)))
 (let ((?x341 (* ?x168 ?x388)))
 (let ((?x382 (+ ?x212 ?x341)))
 (let ((?x193 (* |f[1]| ?x446)))
 (let ((?x261 (- ?x193)))
 (let ((?x194 (* 0.0 ?x193)))
 (let ((?x195 (- ?x194)))
 (let ((?x271 (+ ?x195 ?x261)))
 (let ((?x275 (+ ?x195 ?x271)))
 (let ((?x277 (/ ?x275 ?x717)))
 (let ((?x456 (* ?x168 ?x277)))
 (let ((?x457 (+ ?x193 ?x456)))
 (let ((?x330 (* |f[2]| ?x328)))
 (let ((?x397 (* 0.0 ?x330)))
 (let ((?x401 (- ?x397)))
 (let ((?x411 (+ ?x401 ?x401)))
 (let ((?x399 (- ?x330)))
 (let ((?x447 (+ ?x399 ?x411)))
 (let ((?x448 (/ ?x447 ?x717)))
 (let ((?x449 (* ?x168 ?x448)))
 (let ((?x445 (+ ?x397 ?x449)))
 (let ((?x209 (+ ?x445 ?x457)))
 (let ((?x392 (+ ?x209 ?x382)))
 (or (and (distinct ?x392 ?x389) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x61 (< log!166 |logits[2]|)))
 (= $x61 (< exp!4 exp!1))))
(assert
 (let (($x64 (< |logits[2]| log!166)))
 (= $x64 (< exp!1 exp!4))))
(assert
 (let (($x67 (< log!166 |logits[0]|)))
 (= $x67 (< exp!4 exp!2))))
(assert
 (let (($x70 (< |logits[0]| log!166)))
 (= $x70 (< exp!2 exp!4))))
(assert
 (let (($x73 (< log!166 |logits[1]|)))
 (= $x73 (< exp!4 exp!3))))
(assert
 (let (($x76 (< |logits[1]| log!166)))
 (= $x76 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x80 (> log!166 0.0)))
 (= $x80 (> exp!4 1.0))))
(assert
 (let ((?x83 (+ 1.0 log!166)))
 (>= exp!4 ?x83)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x85 (> ?x54 0.0)))
 (=> $x85 (= exp!4 ?x54))))))))))
(assert
 (let (($x61 (< log!166 |logits[2]|)))
 (= $x61 (< exp!5 exp!1))))
(assert
 (let (($x64 (< |logits[2]| log!166)))
 (= $x64 (< exp!1 exp!5))))
(assert
 (let (($x67 (< log!166 |logits[0]|)))
 (= $x67 (< exp!5 exp!2))))
(assert
 (let (($x70 (< |logits[0]| log!166)))
 (= $x70 (< exp!2 exp!5))))
(assert
 (let (($x73 (< log!166 |logits[1]|)))
 (= $x73 (< exp!5 exp!3))))
(assert
 (let (($x76 (< |logits[1]| log!166)))
 (= $x76 (< exp!3 exp!5))))
(assert
 (let (($x101 (< log!166 log!166)))
 (= $x101 (< exp!5 exp!4))))
(assert
 (let (($x101 (< log!166 log!166)))
 (= $x101 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x80 (> log!166 0.0)))
 (= $x80 (> exp!5 1.0))))
(assert
 (let ((?x83 (+ 1.0 log!166)))
 (>= exp!5 ?x83)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x85 (> ?x54 0.0)))
 (=> $x85 (= exp!5 ?x54))))))))))
(assert
 (let (($x547 (< log!289 |logits[2]|)))
 (= $x547 (< exp!6 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!289)))
 (= $x537 (< exp!1 exp!6))))
(assert
 (let (($x727 (< log!289 |logits[0]|)))
 (= $x727 (< exp!6 exp!2))))
(assert
 (let (($x710 (< |logits[0]| log!289)))
 (= $x710 (< exp!2 exp!6))))
(assert
 (let (($x525 (< log!289 |logits[1]|)))
 (= $x525 (< exp!6 exp!3))))
(assert
 (let (($x721 (< |logits[1]| log!289)))
 (= $x721 (< exp!3 exp!6))))
(assert
 (let (($x465 (< log!289 log!166)))
 (= $x465 (< exp!6 exp!5))))
(assert
 (let (($x713 (< log!166 log!289)))
 (= $x713 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x711 (> log!289 0.0)))
 (= $x711 (> exp!6 1.0))))
(assert
 (let ((?x707 (+ 1.0 log!289)))
 (>= exp!6 ?x707)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x165 exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x704 (> ?x717 0.0)))
 (=> $x704 (= exp!6 ?x717))))))))))
(assert
 (let (($x547 (< log!289 |logits[2]|)))
 (= $x547 (< exp!7 exp!1))))
(assert
 (let (($x537 (< |logits[2]| log!289)))
 (= $x537 (< exp!1 exp!7))))
(assert
 (let (($x727 (< log!289 |logits[0]|)))
 (= $x727 (< exp!7 exp!2))))
(assert
 (let (($x710 (< |logits[0]| log!289)))
 (= $x710 (< exp!2 exp!7))))
(assert
 (let (($x525 (< log!289 |logits[1]|)))
 (= $x525 (< exp!7 exp!3))))
(assert
 (let (($x721 (< |logits[1]| log!289)))
 (= $x721 (< exp!3 exp!7))))
(assert
 (let (($x465 (< log!289 log!166)))
 (= $x465 (< exp!7 exp!5))))
(assert
 (let (($x713 (< log!166 log!289)))
 (= $x713 (< exp!5 exp!7))))
(assert
 (let (($x244 (< log!289 log!289)))
 (= $x244 (< exp!7 exp!6))))
(assert
 (let (($x244 (< log!289 log!289)))
 (= $x244 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x711 (> log!289 0.0)))
 (= $x711 (> exp!7 1.0))))
(assert
 (let ((?x707 (+ 1.0 log!289)))
 (>= exp!7 ?x707)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x168 (/ ?x51 exp!1)))
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x165 exp!1)))
 (let ((?x497 (+ ?x166 ?x168)))
 (let ((?x717 (+ 1.0 ?x497)))
 (let (($x704 (> ?x717 0.0)))
 (=> $x704 (= exp!7 ?x717))))))))))
(assert
 (let (($x419 (< log!414 |logits[2]|)))
 (= $x419 (< exp!8 exp!1))))
(assert
 (let (($x376 (< |logits[2]| log!414)))
 (= $x376 (< exp!1 exp!8))))
(assert
 (let (($x548 (< log!414 |logits[0]|)))
 (= $x548 (< exp!8 exp!2))))
(assert
 (let (($x753 (< |logits[0]| log!414)))
 (= $x753 (< exp!2 exp!8))))
(assert
 (let (($x1141 (< log!414 |logits[1]|)))
 (= $x1141 (< exp!8 exp!3))))
(assert
 (let (($x852 (< |logits[1]| log!414)))
 (= $x852 (< exp!3 exp!8))))
(assert
 (let (($x813 (< log!414 log!166)))
 (= $x813 (< exp!8 exp!5))))
(assert
 (let (($x767 (< log!166 log!414)))
 (= $x767 (< exp!5 exp!8))))
(assert
 (let (($x686 (< log!414 log!289)))
 (= $x686 (< exp!8 exp!7))))
(assert
 (let (($x654 (< log!289 log!414)))
 (= $x654 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x358 (> log!414 0.0)))
 (= $x358 (> exp!8 1.0))))
(assert
 (let ((?x264 (+ 1.0 log!414)))
 (>= exp!8 ?x264)))
(assert
 (let ((?x165 (* 1.0 exp!2)))
 (let ((?x268 (/ ?x165 exp!3)))
 (let ((?x242 (+ 1.0 ?x268)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x442 (/ ?x24 exp!3)))
 (let ((?x642 (+ ?x442 ?x242)))
 (let (($x232 (> ?x642 0.0)))
 (=> $x232 (= exp!8 ?x642))))))))))
(assert
 (let (($x419 (< log!414 |logits[2]|)))
 (= $x419 (< exp!9 exp!1))))
(assert
 (let (($x376 (< |logits[2]| log!414)))
 (= $x376 (< exp!1 exp!9))))
(assert
 (let (($x548 (< log!414 |logits[0]|)))
 (= $x548 (< exp!9 exp!2))))
(assert
 (let (($x753 (< |logits[0]| log!414)))
 (= $x753 (< exp!2 exp!9))))
(assert
 (let (($x1141 (< log!414 |logits[1]|)))
 (= $x1141 (< exp!9 exp!3))))
(assert
 (let (($x852 (< |logits[1]| log!414)))
 (= $x852 (< exp!3 exp!9))))
(assert
 (let (($x813 (< log!414 log!166)))
 (= $x813 (< exp!9 exp!5))))
(assert
 (let (($x767 (< log!166 log!414)))
 (= $x767 (< exp!5 exp!9))))
(assert
 (let (($x686 (< log!414 log!289)))
 (= $x686 (< exp!9 exp!7))))
(assert
 (let (($x654 (< log!289 log!414)))
 (= $x654 (< exp!7 exp!9))))
(assert
 (let (($x312 (< log!414 log!414)))
 (= $x312 (< exp!9 exp!8))))
(assert
 (let (($x312 (< log!414 log!414)))
 (= $x312 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x358 (> log!414 0.0)))
 (= $x358 (> exp!9 1.0))))
(assert
 (let ((?x264 (+ 1.0 log!414)))
 (>= exp!9 ?x264)))
(assert
 (let ((?x165 (* 1.0 exp!2)))
(let ((?x268 (/ ?x165 exp!3)))
(let ((?x242 (+ 1.0 ?x268)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x442 (/ ?x24 exp!3)))
(let ((?x642 (+ ?x442 ?x242)))
(let (($x232 (> ?x642 0.0)))
(=> $x232 (= exp!9 ?x642))))))))))
(check-sat)
(pop 1)
