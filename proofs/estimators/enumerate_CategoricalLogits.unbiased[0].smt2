; certjax: rule estimators.enumerate_CategoricalLogits, obligation 'unbiased[0]', verdict proved
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
 (let ((?x143 (/ 1.0 ?x54)))
 (let ((?x144 (- ?x143)))
 (let ((?x146 (+ 1.0 ?x144)))
 (let ((?x151 (* 0.0 ?x146)))
 (let ((?x145 (* 0.0 ?x144)))
 (let ((?x157 (+ ?x145 ?x151)))
 (let ((?x158 (+ ?x144 ?x157)))
 (let ((?x112 (/ ?x33 exp!5)))
 (let ((?x159 (* ?x112 ?x158)))
 (let ((?x160 (* |f[2]| ?x159)))
 (let ((?x152 (+ ?x144 ?x151)))
 (let ((?x153 (+ ?x145 ?x152)))
 (let ((?x122 (/ ?x52 exp!5)))
 (let ((?x154 (* ?x122 ?x153)))
 (let ((?x155 (* |f[1]| ?x154)))
 (let ((?x147 (+ ?x145 ?x146)))
 (let ((?x148 (+ ?x145 ?x147)))
 (let ((?x133 (/ 1.0 exp!5)))
 (let ((?x149 (* ?x133 ?x148)))
 (let ((?x150 (* |f[0]| ?x149)))
 (let ((?x156 (+ ?x150 ?x155)))
 (let ((?x161 (+ ?x156 ?x160)))
 (let ((?x134 (* |f[0]| ?x133)))
 (let ((?x137 (- ?x134)))
 (let ((?x135 (* 0.0 ?x134)))
 (let ((?x136 (- ?x135)))
 (let ((?x138 (+ ?x136 ?x137)))
 (let ((?x139 (+ ?x136 ?x138)))
 (let ((?x140 (/ ?x139 ?x54)))
 (let ((?x141 (+ ?x134 ?x140)))
 (let ((?x123 (* |f[1]| ?x122)))
 (let ((?x126 (- ?x123)))
 (let ((?x124 (* 0.0 ?x123)))
 (let ((?x125 (- ?x124)))
 (let ((?x127 (+ ?x125 ?x126)))
 (let ((?x128 (+ ?x125 ?x127)))
 (let ((?x129 (/ ?x128 ?x54)))
 (let ((?x130 (+ ?x124 ?x129)))
 (let ((?x113 (* |f[2]| ?x112)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x116 (- ?x114)))
 (let ((?x117 (+ ?x116 ?x116)))
 (let ((?x115 (- ?x113)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (/ ?x118 ?x54)))
 (let ((?x120 (+ ?x114 ?x119)))
 (let ((?x131 (+ ?x120 ?x130)))
 (let ((?x142 (+ ?x131 ?x141)))
 (or (and (distinct ?x142 ?x161) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x163 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (< 0.0 ?x166)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x163 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x703 (= 0.0 ?x166)))
 (not $x703))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x163 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x703 (= 0.0 ?x166)))
 (not $x703))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x163 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x703 (= 0.0 ?x166)))
 (not $x703))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x163 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (< 0.0 ?x166)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x163 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x703 (= 0.0 ?x166)))
 (not $x703))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x163 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x703 (= 0.0 ?x166)))
 (not $x703))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x163 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x703 (= 0.0 ?x166)))
 (not $x703))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x163 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x703 (= 0.0 ?x166)))
 (not $x703))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x163 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let ((?x335 (/ ?x163 ?x166)))
 (let ((?x376 (- ?x335)))
 (let ((?x388 (+ 1.0 ?x376)))
 (let ((?x437 (* 0.0 ?x388)))
 (let ((?x386 (* 0.0 ?x376)))
 (let ((?x315 (+ ?x386 ?x437)))
 (let ((?x317 (+ ?x376 ?x315)))
 (let ((?x393 (/ 1.0 exp!7)))
 (let ((?x274 (* ?x393 ?x317)))
 (let ((?x275 (* |f[2]| ?x274)))
 (let ((?x438 (+ ?x376 ?x437)))
 (let ((?x184 (+ ?x386 ?x438)))
 (let ((?x191 (/ ?x165 exp!7)))
 (let ((?x185 (* ?x191 ?x184)))
 (let ((?x311 (* |f[1]| ?x185)))
 (let ((?x372 (+ ?x386 ?x388)))
 (let ((?x428 (+ ?x386 ?x372)))
 (let ((?x229 (/ ?x163 exp!7)))
 (let ((?x429 (* ?x229 ?x428)))
 (let ((?x431 (* |f[0]| ?x429)))
 (let ((?x305 (+ ?x431 ?x311)))
 (let ((?x193 (+ ?x305 ?x275)))
 (let ((?x230 (* |f[0]| ?x229)))
 (let ((?x235 (- ?x230)))
 (let ((?x209 (* 0.0 ?x230)))
 (let ((?x234 (- ?x209)))
 (let ((?x239 (+ ?x234 ?x235)))
 (let ((?x240 (+ ?x234 ?x239)))
 (let ((?x241 (/ ?x240 ?x166)))
 (let ((?x329 (* ?x163 ?x241)))
 (let ((?x371 (+ ?x230 ?x329)))
 (let ((?x192 (* |f[1]| ?x191)))
 (let ((?x269 (- ?x192)))
 (let ((?x255 (* 0.0 ?x192)))
 (let ((?x265 (- ?x255)))
 (let ((?x271 (+ ?x265 ?x269)))
 (let ((?x450 (+ ?x265 ?x271)))
 (let ((?x451 (/ ?x450 ?x166)))
 (let ((?x205 (* ?x163 ?x451)))
 (let ((?x206 (+ ?x255 ?x205)))
 (let ((?x395 (* |f[2]| ?x393)))
 (let ((?x405 (* 0.0 ?x395)))
 (let ((?x442 (- ?x405)))
 (let ((?x443 (+ ?x442 ?x442)))
 (let ((?x441 (- ?x395)))
 (let ((?x439 (+ ?x441 ?x443)))
 (let ((?x440 (/ ?x439 ?x166)))
 (let ((?x219 (* ?x163 ?x440)))
 (let ((?x190 (+ ?x405 ?x219)))
 (let ((?x207 (+ ?x190 ?x206)))
 (let ((?x382 (+ ?x207 ?x371)))
 (or (and (distinct ?x382 ?x193) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x539 (< log!289 |logits[2]|)))
 (= $x539 (< exp!6 exp!1))))
(assert
 (let (($x530 (< |logits[2]| log!289)))
 (= $x530 (< exp!1 exp!6))))
(assert
 (let (($x716 (< log!289 |logits[0]|)))
 (= $x716 (< exp!6 exp!2))))
(assert
 (let (($x713 (< |logits[0]| log!289)))
 (= $x713 (< exp!2 exp!6))))
(assert
 (let (($x520 (< log!289 |logits[1]|)))
 (= $x520 (< exp!6 exp!3))))
(assert
 (let (($x522 (< |logits[1]| log!289)))
 (= $x522 (< exp!3 exp!6))))
(assert
 (let (($x459 (< log!289 log!166)))
 (= $x459 (< exp!6 exp!5))))
(assert
 (let (($x702 (< log!166 log!289)))
 (= $x702 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x700 (> log!289 0.0)))
 (= $x700 (> exp!6 1.0))))
(assert
 (let ((?x696 (+ 1.0 log!289)))
 (>= exp!6 ?x696)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x163 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x693 (> ?x166 0.0)))
 (=> $x693 (= exp!6 ?x166)))))))))
(assert
 (let (($x539 (< log!289 |logits[2]|)))
 (= $x539 (< exp!7 exp!1))))
(assert
 (let (($x530 (< |logits[2]| log!289)))
 (= $x530 (< exp!1 exp!7))))
(assert
 (let (($x716 (< log!289 |logits[0]|)))
 (= $x716 (< exp!7 exp!2))))
(assert
 (let (($x713 (< |logits[0]| log!289)))
 (= $x713 (< exp!2 exp!7))))
(assert
 (let (($x520 (< log!289 |logits[1]|)))
 (= $x520 (< exp!7 exp!3))))
(assert
 (let (($x522 (< |logits[1]| log!289)))
 (= $x522 (< exp!3 exp!7))))
(assert
 (let (($x459 (< log!289 log!166)))
 (= $x459 (< exp!7 exp!5))))
(assert
 (let (($x702 (< log!166 log!289)))
 (= $x702 (< exp!5 exp!7))))
(assert
 (let (($x214 (< log!289 log!289)))
 (= $x214 (< exp!7 exp!6))))
(assert
 (let (($x214 (< log!289 log!289)))
 (= $x214 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x700 (> log!289 0.0)))
 (= $x700 (> exp!7 1.0))))
(assert
 (let ((?x696 (+ 1.0 log!289)))
 (>= exp!7 ?x696)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x165 (/ ?x51 exp!1)))
(let ((?x163 (/ (* 1.0 exp!2) exp!1)))
(let ((?x712 (+ ?x163 ?x165)))
(let ((?x166 (+ 1.0 ?x712)))
(let (($x693 (> ?x166 0.0)))
(=> $x693 (= exp!7 ?x166)))))))))
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
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x350 (/ ?x162 exp!3)))
 (let ((?x351 (+ 1.0 ?x350)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x455 (/ ?x24 exp!3)))
 (let ((?x663 (+ ?x455 ?x351)))
 (< 0.0 ?x663))))))))
(assert
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x350 (/ ?x162 exp!3)))
 (let ((?x351 (+ 1.0 ?x350)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x455 (/ ?x24 exp!3)))
 (let ((?x663 (+ ?x455 ?x351)))
 (let (($x339 (= 0.0 ?x663)))
 (not $x339)))))))))
(assert
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x350 (/ ?x162 exp!3)))
 (let ((?x351 (+ 1.0 ?x350)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x455 (/ ?x24 exp!3)))
 (let ((?x663 (+ ?x455 ?x351)))
 (let (($x339 (= 0.0 ?x663)))
 (not $x339)))))))))
(assert
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x350 (/ ?x162 exp!3)))
 (let ((?x351 (+ 1.0 ?x350)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x455 (/ ?x24 exp!3)))
 (let ((?x663 (+ ?x455 ?x351)))
 (let (($x339 (= 0.0 ?x663)))
 (not $x339)))))))))
(assert
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x350 (/ ?x162 exp!3)))
 (let ((?x351 (+ 1.0 ?x350)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x455 (/ ?x24 exp!3)))
 (let ((?x663 (+ ?x455 ?x351)))
 (< 0.0 ?x663))))))))
(assert
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x350 (/ ?x162 exp!3)))
 (let ((?x351 (+ 1.0 ?x350)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x455 (/ ?x24 exp!3)))
 (let ((?x663 (+ ?x455 ?x351)))
 (let (($x339 (= 0.0 ?x663)))
 (not $x339)))))))))
(assert
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x350 (/ ?x162 exp!3)))
 (let ((?x351 (+ 1.0 ?x350)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x455 (/ ?x24 exp!3)))
 (let ((?x663 (+ ?x455 ?x351)))
 (let (($x339 (= 0.0 ?x663)))
 (not $x339)))))))))
(assert
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x350 (/ ?x162 exp!3)))
 (let ((?x351 (+ 1.0 ?x350)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x455 (/ ?x24 exp!3)))
 (let ((?x663 (+ ?x455 ?x351)))
 (let (($x339 (= 0.0 ?x663)))
 (not $x339)))))))))
(assert
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x350 (/ ?x162 exp!3)))
 (let ((?x351 (+ 1.0 ?x350)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x455 (/ ?x24 exp!3)))
 (let ((?x663 (+ ?x455 ?x351)))
 (let (($x339 (= 0.0 ?x663)))
 (not $x339)))))))))
(assert
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x350 (/ ?x162 exp!3)))
 (let ((?x351 (+ 1.0 ?x350)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x455 (/ ?x24 exp!3)))
 (let ((?x663 (+ ?x455 ?x351)))
 (let ((?x304 (/ ?x350 ?x663)))
 (let ((?x556 (- ?x304)))
 (let ((?x750 (+ 1.0 ?x556)))
 (let ((?x655 (* 0.0 ?x750)))
 (let ((?x785 (* 0.0 ?x556)))
 (let ((?x596 (+ ?x785 ?x655)))
 (let ((?x508 (+ ?x556 ?x596)))
 (let ((?x253 (/ ?x455 exp!9)))
 (let ((?x494 (* ?x253 ?x508)))
 (let ((?x216 (* |f[2]| ?x494)))
 (let ((?x778 (+ ?x556 ?x655)))
 (let ((?x801 (+ ?x785 ?x778)))
 (let ((?x420 (/ 1.0 exp!9)))
 (let ((?x1113 (* ?x420 ?x801)))
 (let ((?x514 (* |f[1]| ?x1113)))
 (let ((?x528 (+ ?x785 ?x750)))
 (let ((?x588 (+ ?x785 ?x528)))
 (let ((?x178 (/ ?x350 exp!9)))
 (let ((?x1128 (* ?x178 ?x588)))
 (let ((?x638 (* |f[0]| ?x1128)))
 (let ((?x807 (+ ?x638 ?x514)))
 (let ((?x1134 (+ ?x807 ?x216)))
 (let ((?x652 (* |f[0]| ?x178)))
 (let ((?x773 (- ?x652)))
 (let ((?x616 (* 0.0 ?x652)))
 (let ((?x434 (- ?x616)))
 (let ((?x782 (+ ?x434 ?x773)))
 (let ((?x613 (+ ?x434 ?x782)))
 (let ((?x287 (/ ?x613 ?x663)))
 (let ((?x307 (* ?x350 ?x287)))
 (let ((?x1112 (+ ?x652 ?x307)))
 (let ((?x538 (* |f[1]| ?x420)))
 (let ((?x788 (- ?x538)))
 (let ((?x338 (* 0.0 ?x538)))
 (let ((?x174 (- ?x338)))
 (let ((?x811 (+ ?x174 ?x788)))
 (let ((?x363 (+ ?x174 ?x811)))
 (let ((?x1139 (/ ?x363 ?x663)))
 (let ((?x1138 (* ?x350 ?x1139)))
 (let ((?x739 (+ ?x338 ?x1138)))
 (let ((?x625 (* |f[2]| ?x253)))
 (let ((?x865 (* 0.0 ?x625)))
 (let ((?x1137 (- ?x865)))
 (let ((?x1124 (+ ?x1137 ?x1137)))
 (let ((?x776 (- ?x625)))
 (let ((?x734 (+ ?x776 ?x1124)))
 (let ((?x417 (/ ?x734 ?x663)))
 (let ((?x592 (* ?x350 ?x417)))
 (let ((?x257 (+ ?x865 ?x592)))
 (let ((?x176 (+ ?x257 ?x739)))
 (let ((?x547 (+ ?x176 ?x1112)))
 (or (and (distinct ?x547 ?x1134) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x539 (< log!289 |logits[2]|)))
 (= $x539 (< exp!6 exp!1))))
(assert
 (let (($x530 (< |logits[2]| log!289)))
 (= $x530 (< exp!1 exp!6))))
(assert
 (let (($x716 (< log!289 |logits[0]|)))
 (= $x716 (< exp!6 exp!2))))
(assert
 (let (($x713 (< |logits[0]| log!289)))
 (= $x713 (< exp!2 exp!6))))
(assert
 (let (($x520 (< log!289 |logits[1]|)))
 (= $x520 (< exp!6 exp!3))))
(assert
 (let (($x522 (< |logits[1]| log!289)))
 (= $x522 (< exp!3 exp!6))))
(assert
 (let (($x459 (< log!289 log!166)))
 (= $x459 (< exp!6 exp!5))))
(assert
 (let (($x702 (< log!166 log!289)))
 (= $x702 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x700 (> log!289 0.0)))
 (= $x700 (> exp!6 1.0))))
(assert
 (let ((?x696 (+ 1.0 log!289)))
 (>= exp!6 ?x696)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x162 exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x693 (> ?x166 0.0)))
 (=> $x693 (= exp!6 ?x166))))))))))
(assert
 (let (($x539 (< log!289 |logits[2]|)))
 (= $x539 (< exp!7 exp!1))))
(assert
 (let (($x530 (< |logits[2]| log!289)))
 (= $x530 (< exp!1 exp!7))))
(assert
 (let (($x716 (< log!289 |logits[0]|)))
 (= $x716 (< exp!7 exp!2))))
(assert
 (let (($x713 (< |logits[0]| log!289)))
 (= $x713 (< exp!2 exp!7))))
(assert
 (let (($x520 (< log!289 |logits[1]|)))
 (= $x520 (< exp!7 exp!3))))
(assert
 (let (($x522 (< |logits[1]| log!289)))
 (= $x522 (< exp!3 exp!7))))
(assert
 (let (($x459 (< log!289 log!166)))
 (= $x459 (< exp!7 exp!5))))
(assert
 (let (($x702 (< log!166 log!289)))
 (= $x702 (< exp!5 exp!7))))
(assert
 (let (($x214 (< log!289 log!289)))
 (= $x214 (< exp!7 exp!6))))
(assert
 (let (($x214 (< log!289 log!289)))
 (= $x214 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x700 (> log!289 0.0)))
 (= $x700 (> exp!7 1.0))))
(assert
 (let ((?x696 (+ 1.0 log!289)))
 (>= exp!7 ?x696)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x162 exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x693 (> ?x166 0.0)))
 (=> $x693 (= exp!7 ?x166))))))))))
(assert
 (let (($x293 (< log!414 |logits[2]|)))
 (= $x293 (< exp!8 exp!1))))
(assert
 (let (($x346 (< |logits[2]| log!414)))
 (= $x346 (< exp!1 exp!8))))
(assert
 (let (($x752 (< log!414 |logits[0]|)))
 (= $x752 (< exp!8 exp!2))))
(assert
 (let (($x848 (< |logits[0]| log!414)))
 (= $x848 (< exp!2 exp!8))))
(assert
 (let (($x1135 (< log!414 |logits[1]|)))
 (= $x1135 (< exp!8 exp!3))))
(assert
 (let (($x874 (< |logits[1]| log!414)))
 (= $x874 (< exp!3 exp!8))))
(assert
 (let (($x457 (< log!414 log!166)))
 (= $x457 (< exp!8 exp!5))))
(assert
 (let (($x799 (< log!166 log!414)))
 (= $x799 (< exp!5 exp!8))))
(assert
 (let (($x768 (< log!414 log!289)))
 (= $x768 (< exp!8 exp!7))))
(assert
 (let (($x637 (< log!289 log!414)))
 (= $x637 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x540 (> log!414 0.0)))
 (= $x540 (> exp!8 1.0))))
(assert
 (let ((?x362 (+ 1.0 log!414)))
 (>= exp!8 ?x362)))
(assert
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x350 (/ ?x162 exp!3)))
 (let ((?x351 (+ 1.0 ?x350)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x455 (/ ?x24 exp!3)))
 (let ((?x663 (+ ?x455 ?x351)))
 (let (($x247 (> ?x663 0.0)))
 (=> $x247 (= exp!8 ?x663))))))))))
(assert
 (let (($x293 (< log!414 |logits[2]|)))
 (= $x293 (< exp!9 exp!1))))
(assert
 (let (($x346 (< |logits[2]| log!414)))
 (= $x346 (< exp!1 exp!9))))
(assert
 (let (($x752 (< log!414 |logits[0]|)))
 (= $x752 (< exp!9 exp!2))))
(assert
 (let (($x848 (< |logits[0]| log!414)))
 (= $x848 (< exp!2 exp!9))))
(assert
 (let (($x1135 (< log!414 |logits[1]|)))
 (= $x1135 (< exp!9 exp!3))))
(assert
 (let (($x874 (< |logits[1]| log!414)))
 (= $x874 (< exp!3 exp!9))))
(assert
 (let (($x457 (< log!414 log!166)))
 (= $x457 (< exp!9 exp!5))))
(assert
 (let (($x799 (< log!166 log!414)))
 (= $x799 (< exp!5 exp!9))))
(assert
 (let (($x768 (< log!414 log!289)))
 (= $x768 (< exp!9 exp!7))))
(assert
 (let (($x637 (< log!289 log!414)))
 (= $x637 (< exp!7 exp!9))))
(assert
 (let (($x477 (< log!414 log!414)))
 (= $x477 (< exp!9 exp!8))))
(assert
 (let (($x477 (< log!414 log!414)))
 (= $x477 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x540 (> log!414 0.0)))
 (= $x540 (> exp!9 1.0))))
(assert
 (let ((?x362 (+ 1.0 log!414)))
 (>= exp!9 ?x362)))
(assert
 (let ((?x162 (* 1.0 exp!2)))
(let ((?x350 (/ ?x162 exp!3)))
(let ((?x351 (+ 1.0 ?x350)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x455 (/ ?x24 exp!3)))
(let ((?x663 (+ ?x455 ?x351)))
(let (($x247 (> ?x663 0.0)))
(=> $x247 (= exp!9 ?x663))))))))))
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
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x162 exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (< 0.0 ?x166))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x162 exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x703 (= 0.0 ?x166)))
 (not $x703)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x162 exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x703 (= 0.0 ?x166)))
 (not $x703)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x162 exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x703 (= 0.0 ?x166)))
 (not $x703)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x162 exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (< 0.0 ?x166))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x162 exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x703 (= 0.0 ?x166)))
 (not $x703)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x162 exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x703 (= 0.0 ?x166)))
 (not $x703)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x162 exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x703 (= 0.0 ?x166)))
 (not $x703)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x162 exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x703 (= 0.0 ?x166)))
 (not $x703)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x162 exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let ((?x335 (/ ?x163 ?x166)))
 (let ((?x376 (- ?x335)))
 (let ((?x388 (+ 1.0 ?x376)))
 (let ((?x437 (* 0.0 ?x388)))
 (let ((?x386 (* 0.0 ?x376)))
 (let ((?x315 (+ ?x386 ?x437)))
 (let ((?x317 (+ ?x376 ?x315)))
 (let ((?x393 (/ 1.0 exp!7)))
 (let ((?x274 (* ?x393 ?x317)))
 (let ((?x275 (* |f[2]| ?x274)))
 (let ((?x438 (+ ?x376 ?x437)))
 (let ((?x184 (+ ?x386 ?x438)))
 (let ((?x191 (/ ?x165 exp!7)))
 (let ((?x185 (* ?x191 ?x184)))
 (let ((?x311 (* |f[1]| ?x185)))
 (let ((?x372 (+ ?x386 ?x388)))
 (let ((?x428 (+ ?x386 ?x372)))
 (let ((?x229 (/ ?x163 exp!7)))
 (let ((?x429 (* ?x229 ?x428)))
 (let ((?x431 (* |f[0]| ?x429)))
 (let ((?x305 (+ ?x431 ?x311)))
 (let ((?x193 (+ ?x305 ?x275)))
 (let ((?x230 (* |f[0]| ?x229)))
 (let ((?x235 (- ?x230)))
 (let ((?x209 (* 0.0 ?x230)))
 (let ((?x234 (- ?x209)))
 (let ((?x239 (+ ?x234 ?x235)))
 (let ((?x240 (+ ?x234 ?x239)))
 (let ((?x241 (/ ?x240 ?x166)))
 (let ((?x329 (* ?x163 ?x241)))
 (let ((?x371 (+ ?x230 ?x329)))
 (let ((?x192 (* |f[1]| ?x191)))
 (let ((?x269 (- ?x192)))
 (let ((?x255 (* 0.0 ?x192)))
 (let ((?x265 (- ?x255)))
 (let ((?x271 (+ ?x265 ?x269)))
 (let ((?x450 (+ ?x265 ?x271)))
 (let ((?x451 (/ ?x450 ?x166)))
 (let ((?x205 (* ?x163 ?x451)))
 (let ((?x206 (+ ?x255 ?x205)))
 (let ((?x395 (* |f[2]| ?x393)))
 (let ((?x405 (* 0.0 ?x395)))
 (let ((?x442 (- ?x405)))
 (let ((?x443 (+ ?x442 ?x442)))
 (let ((?x441 (- ?x395)))
 (let ((?x439 (+ ?x441 ?x443)))
 (let ((?x440 (/ ?x439 ?x166)))
 (let ((?x219 (* ?x163 ?x440)))
 (let ((?x190 (+ ?x405 ?x219)))
 (let ((?x207 (+ ?x190 ?x206)))
 (let ((?x382 (+ ?x207 ?x371)))
 (or (and (distinct ?x382 ?x193) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x539 (< log!289 |logits[2]|)))
 (= $x539 (< exp!6 exp!1))))
(assert
 (let (($x530 (< |logits[2]| log!289)))
 (= $x530 (< exp!1 exp!6))))
(assert
 (let (($x716 (< log!289 |logits[0]|)))
 (= $x716 (< exp!6 exp!2))))
(assert
 (let (($x713 (< |logits[0]| log!289)))
 (= $x713 (< exp!2 exp!6))))
(assert
 (let (($x520 (< log!289 |logits[1]|)))
 (= $x520 (< exp!6 exp!3))))
(assert
 (let (($x522 (< |logits[1]| log!289)))
 (= $x522 (< exp!3 exp!6))))
(assert
 (let (($x459 (< log!289 log!166)))
 (= $x459 (< exp!6 exp!5))))
(assert
 (let (($x702 (< log!166 log!289)))
 (= $x702 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x700 (> log!289 0.0)))
 (= $x700 (> exp!6 1.0))))
(assert
 (let ((?x696 (+ 1.0 log!289)))
 (>= exp!6 ?x696)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x162 exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x693 (> ?x166 0.0)))
 (=> $x693 (= exp!6 ?x166))))))))))
(assert
 (let (($x539 (< log!289 |logits[2]|)))
 (= $x539 (< exp!7 exp!1))))
(assert
 (let (($x530 (< |logits[2]| log!289)))
 (= $x530 (< exp!1 exp!7))))
(assert
 (let (($x716 (< log!289 |logits[0]|)))
 (= $x716 (< exp!7 exp!2))))
(assert
 (let (($x713 (< |logits[0]| log!289)))
 (= $x713 (< exp!2 exp!7))))
(assert
 (let (($x520 (< log!289 |logits[1]|)))
 (= $x520 (< exp!7 exp!3))))
(assert
 (let (($x522 (< |logits[1]| log!289)))
 (= $x522 (< exp!3 exp!7))))
(assert
 (let (($x459 (< log!289 log!166)))
 (= $x459 (< exp!7 exp!5))))
(assert
 (let (($x702 (< log!166 log!289)))
 (= $x702 (< exp!5 exp!7))))
(assert
 (let (($x214 (< log!289 log!289)))
 (= $x214 (< exp!7 exp!6))))
(assert
 (let (($x214 (< log!289 log!289)))
 (= $x214 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x700 (> log!289 0.0)))
 (= $x700 (> exp!7 1.0))))
(assert
 (let ((?x696 (+ 1.0 log!289)))
 (>= exp!7 ?x696)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x165 (/ ?x51 exp!1)))
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x162 exp!1)))
 (let ((?x712 (+ ?x163 ?x165)))
 (let ((?x166 (+ 1.0 ?x712)))
 (let (($x693 (> ?x166 0.0)))
 (=> $x693 (= exp!7 ?x166))))))))))
(assert
 (let (($x293 (< log!414 |logits[2]|)))
 (= $x293 (< exp!8 exp!1))))
(assert
 (let (($x346 (< |logits[2]| log!414)))
 (= $x346 (< exp!1 exp!8))))
(assert
 (let (($x752 (< log!414 |logits[0]|)))
 (= $x752 (< exp!8 exp!2))))
(assert
 (let (($x848 (< |logits[0]| log!414)))
 (= $x848 (< exp!2 exp!8))))
(assert
 (let (($x1135 (< log!414 |logits[1]|)))
 (= $x1135 (< exp!8 exp!3))))
(assert
 (let (($x874 (< |logits[1]| log!414)))
 (= $x874 (< exp!3 exp!8))))
(assert
 (let (($x457 (< log!414 log!166)))
 (= $x457 (< exp!8 exp!5))))
(assert
 (let (($x799 (< log!166 log!414)))
 (= $x799 (< exp!5 exp!8))))
(assert
 (let (($x768 (< log!414 log!289)))
 (= $x768 (< exp!8 exp!7))))
(assert
 (let (($x637 (< log!289 log!414)))
 (= $x637 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x540 (> log!414 0.0)))
 (= $x540 (> exp!8 1.0))))
(assert
 (let ((?x362 (+ 1.0 log!414)))
 (>= exp!8 ?x362)))
(assert
 (let ((?x162 (* 1.0 exp!2)))
 (let ((?x350 (/ ?x162 exp!3)))
 (let ((?x351 (+ 1.0 ?x350)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x455 (/ ?x24 exp!3)))
 (let ((?x663 (+ ?x455 ?x351)))
 (let (($x247 (> ?x663 0.0)))
 (=> $x247 (= exp!8 ?x663))))))))))
(assert
 (let (($x293 (< log!414 |logits[2]|)))
 (= $x293 (< exp!9 exp!1))))
(assert
 (let (($x346 (< |logits[2]| log!414)))
 (= $x346 (< exp!1 exp!9))))
(assert
 (let (($x752 (< log!414 |logits[0]|)))
 (= $x752 (< exp!9 exp!2))))
(assert
 (let (($x848 (< |logits[0]| log!414)))
 (= $x848 (< exp!2 exp!9))))
(assert
 (let (($x1135 (< log!414 |logits[1]|)))
 (= $x1135 (< exp!9 exp!3))))
(assert
 (let (($x874 (< |logits[1]| log!414)))
 (= $x874 (< exp!3 exp!9))))
(assert
 (let (($x457 (< log!414 log!166)))
 (= $x457 (< exp!9 exp!5))))
(assert
 (let (($x799 (< log!166 log!414)))
 (= $x799 (< exp!5 exp!9))))
(assert
 (let (($x768 (< log!414 log!289)))
 (= $x768 (< exp!9 exp!7))))
(assert
 (let (($x637 (< log!289 log!414)))
 (= $x637 (< exp!7 exp!9))))
(assert
 (let (($x477 (< log!414 log!414)))
 (= $x477 (< exp!9 exp!8))))
(assert
 (let (($x477 (< log!414 log!414)))
 (= $x477 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x540 (> log!414 0.0)))
 (= $x540 (> exp!9 1.0))))
(assert
 (let ((?x362 (+ 1.0 log!414)))
 (>= exp!9 ?x362)))
(assert
 (let ((?x162 (* 1.0 exp!2)))
(let ((?x350 (/ ?x162 exp!3)))
(let ((?x351 (+ 1.0 ?x350)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x455 (/ ?x24 exp!3)))
(let ((?x663 (+ ?x455 ?x351)))
(let (($x247 (> ?x663 0.0)))
(=> $x247 (= exp!9 ?x663))))))))))
(check-sat)
(pop 1)
