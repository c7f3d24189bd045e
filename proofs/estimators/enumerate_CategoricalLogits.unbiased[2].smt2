; certjax: rule estimators.enumerate_CategoricalLogits, obligation 'unbiased[2]', verdict proved
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
 (let ((?x146 (/ ?x33 ?x54)))
 (let ((?x147 (- ?x146)))
 (let ((?x150 (* 0.0 ?x147)))
 (let ((?x158 (+ ?x150 ?x150)))
 (let ((?x148 (+ 1.0 ?x147)))
 (let ((?x159 (+ ?x148 ?x158)))
 (let ((?x112 (/ ?x33 exp!5)))
 (let ((?x160 (* ?x112 ?x159)))
 (let ((?x161 (* |f[2]| ?x160)))
 (let ((?x151 (+ ?x147 ?x150)))
 (let ((?x149 (* 0.0 ?x148)))
 (let ((?x152 (+ ?x149 ?x151)))
 (let ((?x123 (/ ?x52 exp!5)))
 (let ((?x155 (* ?x123 ?x152)))
 (let ((?x156 (* |f[1]| ?x155)))
 (let ((?x135 (/ 1.0 exp!5)))
 (let ((?x153 (* ?x135 ?x152)))
 (let ((?x154 (* |f[0]| ?x153)))
 (let ((?x157 (+ ?x154 ?x156)))
 (let ((?x162 (+ ?x157 ?x161)))
 (let ((?x136 (* |f[0]| ?x135)))
 (let ((?x139 (- ?x136)))
 (let ((?x137 (* 0.0 ?x136)))
 (let ((?x138 (- ?x137)))
 (let ((?x140 (+ ?x138 ?x139)))
 (let ((?x141 (+ ?x138 ?x140)))
 (let ((?x142 (/ ?x141 ?x54)))
 (let ((?x143 (* ?x33 ?x142)))
 (let ((?x144 (+ ?x137 ?x143)))
 (let ((?x124 (* |f[1]| ?x123)))
 (let ((?x127 (- ?x124)))
 (let ((?x125 (* 0.0 ?x124)))
 (let ((?x126 (- ?x125)))
 (let ((?x128 (+ ?x126 ?x127)))
 (let ((?x129 (+ ?x126 ?x128)))
 (let ((?x130 (/ ?x129 ?x54)))
 (let ((?x131 (* ?x33 ?x130)))
 (let ((?x132 (+ ?x125 ?x131)))
 (let ((?x113 (* |f[2]| ?x112)))
 (let ((?x115 (* 0.0 ?x113)))
 (let ((?x116 (- ?x115)))
 (let ((?x117 (+ ?x116 ?x116)))
 (let ((?x114 (- ?x113)))
 (let ((?x118 (+ ?x114 ?x117)))
 (let ((?x119 (/ ?x118 ?x54)))
 (let ((?x120 (* ?x33 ?x119)))
 (let ((?x121 (+ ?x113 ?x120)))
 (let ((?x133 (+ ?x121 ?x132)))
 (let ((?x145 (+ ?x133 ?x144)))
 (or (and (distinct ?x145 ?x162) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x164 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (< 0.0 ?x709)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x164 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x714 (= 0.0 ?x709)))
 (not $x714))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x164 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x714 (= 0.0 ?x709)))
 (not $x714))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x164 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x714 (= 0.0 ?x709)))
 (not $x714))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x164 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (< 0.0 ?x709)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x164 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x714 (= 0.0 ?x709)))
 (not $x714))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x164 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x714 (= 0.0 ?x709)))
 (not $x714))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x164 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x714 (= 0.0 ?x709)))
 (not $x714))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x164 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x714 (= 0.0 ?x709)))
 (not $x714))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x164 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let ((?x237 (/ 1.0 ?x709)))
 (let ((?x238 (- ?x237)))
 (let ((?x213 (* 0.0 ?x238)))
 (let ((?x380 (+ ?x213 ?x213)))
 (let ((?x454 (+ 1.0 ?x238)))
 (let ((?x390 (+ ?x454 ?x380)))
 (let ((?x328 (/ 1.0 exp!7)))
 (let ((?x392 (* ?x328 ?x390)))
 (let ((?x376 (* |f[2]| ?x392)))
 (let ((?x214 (+ ?x238 ?x213)))
 (let ((?x455 (* 0.0 ?x454)))
 (let ((?x215 (+ ?x455 ?x214)))
 (let ((?x399 (/ ?x166 exp!7)))
 (let ((?x375 (* ?x399 ?x215)))
 (let ((?x386 (* |f[1]| ?x375)))
 (let ((?x242 (/ ?x164 exp!7)))
 (let ((?x216 (* ?x242 ?x215)))
 (let ((?x333 (* |f[0]| ?x216)))
 (let ((?x339 (+ ?x333 ?x386)))
 (let ((?x432 (+ ?x339 ?x376)))
 (let ((?x243 (* |f[0]| ?x242)))
 (let ((?x192 (- ?x243)))
 (let ((?x245 (* 0.0 ?x243)))
 (let ((?x191 (- ?x245)))
 (let ((?x193 (+ ?x191 ?x192)))
 (let ((?x259 (+ ?x191 ?x193)))
 (let ((?x269 (/ ?x259 ?x709)))
 (let ((?x273 (+ ?x245 ?x269)))
 (let ((?x409 (* |f[1]| ?x399)))
 (let ((?x447 (- ?x409)))
 (let ((?x445 (* 0.0 ?x409)))
 (let ((?x446 (- ?x445)))
 (let ((?x443 (+ ?x446 ?x447)))
 (let ((?x444 (+ ?x446 ?x443)))
 (let ((?x212 (/ ?x444 ?x709)))
 (let ((?x231 (+ ?x445 ?x212)))
 (let ((?x206 (* |f[2]| ?x328)))
 (let ((?x208 (* 0.0 ?x206)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x209 ?x209)))
 (let ((?x207 (- ?x206)))
 (let ((?x211 (+ ?x207 ?x210)))
 (let ((?x395 (/ ?x211 ?x709)))
 (let ((?x397 (+ ?x206 ?x395)))
 (let ((?x232 (+ ?x397 ?x231)))
 (let ((?x275 (+ ?x232 ?x273)))
 (or (and (distinct ?x275 ?x432) true))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x545 (< log!289 |logits[2]|)))
 (= $x545 (< exp!6 exp!1))))
(assert
 (let (($x535 (< |logits[2]| log!289)))
 (= $x535 (< exp!1 exp!6))))
(assert
 (let (($x727 (< log!289 |logits[0]|)))
 (= $x727 (< exp!6 exp!2))))
(assert
 (let (($x710 (< |logits[0]| log!289)))
 (= $x710 (< exp!2 exp!6))))
(assert
 (let (($x523 (< log!289 |logits[1]|)))
 (= $x523 (< exp!6 exp!3))))
(assert
 (let (($x721 (< |logits[1]| log!289)))
 (= $x721 (< exp!3 exp!6))))
(assert
 (let (($x718 (< log!289 log!166)))
 (= $x718 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!166 log!289)))
 (= $x509 (< exp!5 exp!6))))
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
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x164 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x704 (> ?x709 0.0)))
 (=> $x704 (= exp!6 ?x709)))))))))
(assert
 (let (($x545 (< log!289 |logits[2]|)))
 (= $x545 (< exp!7 exp!1))))
(assert
 (let (($x535 (< |logits[2]| log!289)))
 (= $x535 (< exp!1 exp!7))))
(assert
 (let (($x727 (< log!289 |logits[0]|)))
 (= $x727 (< exp!7 exp!2))))
(assert
 (let (($x710 (< |logits[0]| log!289)))
 (= $x710 (< exp!2 exp!7))))
(assert
 (let (($x523 (< log!289 |logits[1]|)))
 (= $x523 (< exp!7 exp!3))))
(assert
 (let (($x721 (< |logits[1]| log!289)))
 (= $x721 (< exp!3 exp!7))))
(assert
 (let (($x718 (< log!289 log!166)))
 (= $x718 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!166 log!289)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x294 (< log!289 log!289)))
 (= $x294 (< exp!7 exp!6))))
(assert
 (let (($x294 (< log!289 log!289)))
 (= $x294 (< exp!6 exp!7))))
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
(let ((?x166 (/ ?x51 exp!1)))
(let ((?x164 (/ (* 1.0 exp!2) exp!1)))
(let ((?x464 (+ ?x164 ?x166)))
(let ((?x709 (+ 1.0 ?x464)))
(let (($x704 (> ?x709 0.0)))
(=> $x704 (= exp!7 ?x709)))))))))
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
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x266 (/ ?x163 exp!3)))
 (let ((?x205 (+ 1.0 ?x266)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x389 (/ ?x24 exp!3)))
 (let ((?x450 (+ ?x389 ?x205)))
 (< 0.0 ?x450))))))))
(assert
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x266 (/ ?x163 exp!3)))
 (let ((?x205 (+ 1.0 ?x266)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x389 (/ ?x24 exp!3)))
 (let ((?x450 (+ ?x389 ?x205)))
 (let (($x504 (= 0.0 ?x450)))
 (not $x504)))))))))
(assert
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x266 (/ ?x163 exp!3)))
 (let ((?x205 (+ 1.0 ?x266)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x389 (/ ?x24 exp!3)))
 (let ((?x450 (+ ?x389 ?x205)))
 (let (($x504 (= 0.0 ?x450)))
 (not $x504)))))))))
(assert
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x266 (/ ?x163 exp!3)))
 (let ((?x205 (+ 1.0 ?x266)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x389 (/ ?x24 exp!3)))
 (let ((?x450 (+ ?x389 ?x205)))
 (let (($x504 (= 0.0 ?x450)))
 (not $x504)))))))))
(assert
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x266 (/ ?x163 exp!3)))
 (let ((?x205 (+ 1.0 ?x266)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x389 (/ ?x24 exp!3)))
 (let ((?x450 (+ ?x389 ?x205)))
 (< 0.0 ?x450))))))))
(assert
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x266 (/ ?x163 exp!3)))
 (let ((?x205 (+ 1.0 ?x266)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x389 (/ ?x24 exp!3)))
 (let ((?x450 (+ ?x389 ?x205)))
 (let (($x504 (= 0.0 ?x450)))
 (not $x504)))))))))
(assert
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x266 (/ ?x163 exp!3)))
 (let ((?x205 (+ 1.0 ?x266)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x389 (/ ?x24 exp!3)))
 (let ((?x450 (+ ?x389 ?x205)))
 (let (($x504 (= 0.0 ?x450)))
 (not $x504)))))))))
(assert
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x266 (/ ?x163 exp!3)))
 (let ((?x205 (+ 1.0 ?x266)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x389 (/ ?x24 exp!3)))
 (let ((?x450 (+ ?x389 ?x205)))
 (let (($x504 (= 0.0 ?x450)))
 (not $x504)))))))))
(assert
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x266 (/ ?x163 exp!3)))
 (let ((?x205 (+ 1.0 ?x266)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x389 (/ ?x24 exp!3)))
 (let ((?x450 (+ ?x389 ?x205)))
 (let (($x504 (= 0.0 ?x450)))
 (not $x504)))))))))
(assert
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x266 (/ ?x163 exp!3)))
 (let ((?x205 (+ 1.0 ?x266)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x389 (/ ?x24 exp!3)))
 (let ((?x450 (+ ?x389 ?x205)))
 (let ((?x343 (/ ?x389 ?x450)))
 (let ((?x613 (- ?x343)))
 (let ((?x320 (* 0.0 ?x613)))
 (let ((?x174 (+ ?x320 ?x320)))
 (let ((?x469 (+ 1.0 ?x613)))
 (let ((?x883 (+ ?x469 ?x174)))
 (let ((?x366 (/ ?x389 exp!9)))
 (let ((?x553 (* ?x366 ?x883)))
 (let ((?x172 (* |f[2]| ?x553)))
 (let ((?x370 (+ ?x613 ?x320)))
 (let ((?x1101 (* 0.0 ?x469)))
 (let ((?x759 (+ ?x1101 ?x370)))
 (let ((?x448 (/ 1.0 exp!9)))
 (let ((?x823 (* ?x448 ?x759)))
 (let ((?x850 (* |f[1]| ?x823)))
 (let ((?x233 (/ ?x266 exp!9)))
 (let ((?x614 (* ?x233 ?x759)))
 (let ((?x600 (* |f[0]| ?x614)))
 (let ((?x700 (+ ?x600 ?x850)))
 (let ((?x588 (+ ?x700 ?x172)))
 (let ((?x701 (* |f[0]| ?x233)))
 (let ((?x809 (- ?x701)))
 (let ((?x748 (* 0.0 ?x701)))
 (let ((?x358 (- ?x748)))
 (let ((?x664 (+ ?x358 ?x809)))
 (let ((?x479 (+ ?x358 ?x664)))
 (let ((?x440 (/ ?x479 ?x450)))
 (let ((?x341 (* ?x389 ?x440)))
 (let ((?x1099 (+ ?x748 ?x341)))
 (let ((?x391 (* |f[1]| ?x448)))
 (let ((?x765 (- ?x391)))
 (let ((?x597 (* 0.0 ?x391)))
 (let ((?x471 (- ?x597)))
 (let ((?x560 (+ ?x471 ?x765)))
 (let ((?x438 (+ ?x471 ?x560)))
 (let ((?x1126 (/ ?x438 ?x450)))
 (let ((?x1125 (* ?x389 ?x1126)))
 (let ((?x480 (+ ?x597 ?x1125)))
 (let ((?x285 (* |f[2]| ?x366)))
 (let ((?x879 (* 0.0 ?x285)))
 (let ((?x1124 (- ?x879)))
 (let ((?x1111 (+ ?x1124 ?x1124)))
 (let ((?x892 (- ?x285)))
 (let ((?x624 (+ ?x892 ?x1111)))
 (let ((?x453 (/ ?x624 ?x450)))
 (let ((?x878 (* ?x389 ?x453)))
 (let ((?x379 (+ ?x285 ?x878)))
 (let ((?x385 (+ ?x379 ?x480)))
 (let ((?x639 (+ ?x385 ?x1099)))
 (or (and (distinct ?x639 ?x588) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x545 (< log!289 |logits[2]|)))
 (= $x545 (< exp!6 exp!1))))
(assert
 (let (($x535 (< |logits[2]| log!289)))
 (= $x535 (< exp!1 exp!6))))
(assert
 (let (($x727 (< log!289 |logits[0]|)))
 (= $x727 (< exp!6 exp!2))))
(assert
 (let (($x710 (< |logits[0]| log!289)))
 (= $x710 (< exp!2 exp!6))))
(assert
 (let (($x523 (< log!289 |logits[1]|)))
 (= $x523 (< exp!6 exp!3))))
(assert
 (let (($x721 (< |logits[1]| log!289)))
 (= $x721 (< exp!3 exp!6))))
(assert
 (let (($x718 (< log!289 log!166)))
 (= $x718 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!166 log!289)))
 (= $x509 (< exp!5 exp!6))))
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
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x164 (/ ?x163 exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x704 (> ?x709 0.0)))
 (=> $x704 (= exp!6 ?x709))))))))))
(assert
 (let (($x545 (< log!289 |logits[2]|)))
 (= $x545 (< exp!7 exp!1))))
(assert
 (let (($x535 (< |logits[2]| log!289)))
 (= $x535 (< exp!1 exp!7))))
(assert
 (let (($x727 (< log!289 |logits[0]|)))
 (= $x727 (< exp!7 exp!2))))
(assert
 (let (($x710 (< |logits[0]| log!289)))
 (= $x710 (< exp!2 exp!7))))
(assert
 (let (($x523 (< log!289 |logits[1]|)))
 (= $x523 (< exp!7 exp!3))))
(assert
 (let (($x721 (< |logits[1]| log!289)))
 (= $x721 (< exp!3 exp!7))))
(assert
 (let (($x718 (< log!289 log!166)))
 (= $x718 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!166 log!289)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x294 (< log!289 log!289)))
 (= $x294 (< exp!7 exp!6))))
(assert
 (let (($x294 (< log!289 log!289)))
 (= $x294 (< exp!6 exp!7))))
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
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x164 (/ ?x163 exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x704 (> ?x709 0.0)))
 (=> $x704 (= exp!7 ?x709))))))))))
(assert
 (let (($x365 (< log!414 |logits[2]|)))
 (= $x365 (< exp!8 exp!1))))
(assert
 (let (($x267 (< |logits[2]| log!414)))
 (= $x267 (< exp!1 exp!8))))
(assert
 (let (($x611 (< log!414 |logits[0]|)))
 (= $x611 (< exp!8 exp!2))))
(assert
 (let (($x851 (< |logits[0]| log!414)))
 (= $x851 (< exp!2 exp!8))))
(assert
 (let (($x1122 (< log!414 |logits[1]|)))
 (= $x1122 (< exp!8 exp!3))))
(assert
 (let (($x859 (< |logits[1]| log!414)))
 (= $x859 (< exp!3 exp!8))))
(assert
 (let (($x770 (< log!414 log!166)))
 (= $x770 (< exp!8 exp!5))))
(assert
 (let (($x648 (< log!166 log!414)))
 (= $x648 (< exp!5 exp!8))))
(assert
 (let (($x566 (< log!414 log!289)))
 (= $x566 (< exp!8 exp!7))))
(assert
 (let (($x417 (< log!289 log!414)))
 (= $x417 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x299 (> log!414 0.0)))
 (= $x299 (> exp!8 1.0))))
(assert
 (let ((?x197 (+ 1.0 log!414)))
 (>= exp!8 ?x197)))
(assert
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x266 (/ ?x163 exp!3)))
 (let ((?x205 (+ 1.0 ?x266)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x389 (/ ?x24 exp!3)))
 (let ((?x450 (+ ?x389 ?x205)))
 (let (($x182 (> ?x450 0.0)))
 (=> $x182 (= exp!8 ?x450))))))))))
(assert
 (let (($x365 (< log!414 |logits[2]|)))
 (= $x365 (< exp!9 exp!1))))
(assert
 (let (($x267 (< |logits[2]| log!414)))
 (= $x267 (< exp!1 exp!9))))
(assert
 (let (($x611 (< log!414 |logits[0]|)))
 (= $x611 (< exp!9 exp!2))))
(assert
 (let (($x851 (< |logits[0]| log!414)))
 (= $x851 (< exp!2 exp!9))))
(assert
 (let (($x1122 (< log!414 |logits[1]|)))
 (= $x1122 (< exp!9 exp!3))))
(assert
 (let (($x859 (< |logits[1]| log!414)))
 (= $x859 (< exp!3 exp!9))))
(assert
 (let (($x770 (< log!414 log!166)))
 (= $x770 (< exp!9 exp!5))))
(assert
 (let (($x648 (< log!166 log!414)))
 (= $x648 (< exp!5 exp!9))))
(assert
 (let (($x566 (< log!414 log!289)))
 (= $x566 (< exp!9 exp!7))))
(assert
 (let (($x417 (< log!289 log!414)))
 (= $x417 (< exp!7 exp!9))))
(assert
 (let (($x808 (< log!414 log!414)))
 (= $x808 (< exp!9 exp!8))))
(assert
 (let (($x808 (< log!414 log!414)))
 (= $x808 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x299 (> log!414 0.0)))
 (= $x299 (> exp!9 1.0))))
(assert
 (let ((?x197 (+ 1.0 log!414)))
 (>= exp!9 ?x197)))
(assert
 (let ((?x163 (* 1.0 exp!2)))
(let ((?x266 (/ ?x163 exp!3)))
(let ((?x205 (+ 1.0 ?x266)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x389 (/ ?x24 exp!3)))
(let ((?x450 (+ ?x389 ?x205)))
(let (($x182 (> ?x450 0.0)))
(=> $x182 (= exp!9 ?x450))))))))))
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
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x164 (/ ?x163 exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (< 0.0 ?x709))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x164 (/ ?x163 exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x714 (= 0.0 ?x709)))
 (not $x714)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x164 (/ ?x163 exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x714 (= 0.0 ?x709)))
 (not $x714)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x164 (/ ?x163 exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x714 (= 0.0 ?x709)))
 (not $x714)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x164 (/ ?x163 exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (< 0.0 ?x709))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x164 (/ ?x163 exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x714 (= 0.0 ?x709)))
 (not $x714)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x164 (/ ?x163 exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x714 (= 0.0 ?x709)))
 (not $x714)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x164 (/ ?x163 exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x714 (= 0.0 ?x709)))
 (not $x714)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x164 (/ ?x163 exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x714 (= 0.0 ?x709)))
 (not $x714)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x164 (/ ?x163 exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let ((?x237 (/ 1.0 ?x709)))
 (let ((?x238 (- ?x237)))
 (let ((?x213 (* 0.0 ?x238)))
 (let ((?x380 (+ ?x213 ?x213)))
 (let ((?x454 (+ 1.0 ?x238)))
 (let ((?x390 (+ ?x454 ?x380)))
 (let ((?x328 (/ 1.0 exp!7)))
 (let ((?x392 (* ?x328 ?x390)))
 (let ((?x376 (* |f[2]| ?x392)))
 (let ((?x214 (+ ?x238 ?x213)))
 (let ((?x455 (* 0.0 ?x454)))
 (let ((?x215 (+ ?x455 ?x214)))
 (let ((?x399 (/ ?x166 exp!7)))
 (let ((?x375 (* ?x399 ?x215)))
 (let ((?x386 (* |f[1]| ?x375)))
 (let ((?x242 (/ ?x164 exp!7)))
 (let ((?x216 (* ?x242 ?x215)))
 (let ((?x333 (* |f[0]| ?x216)))
 (let ((?x339 (+ ?x333 ?x386)))
 (let ((?x432 (+ ?x339 ?x376)))
 (let ((?x243 (* |f[0]| ?x242)))
 (let ((?x192 (- ?x243)))
 (let ((?x245 (* 0.0 ?x243)))
 (let ((?x191 (- ?x245)))
 (let ((?x193 (+ ?x191 ?x192)))
 (let ((?x259 (+ ?x191 ?x193)))
 (let ((?x269 (/ ?x259 ?x709)))
 (let ((?x273 (+ ?x245 ?x269)))
 (let ((?x409 (* |f[1]| ?x399)))
 (let ((?x447 (- ?x409)))
 (let ((?x445 (* 0.0 ?x409)))
 (let ((?x446 (- ?x445)))
 (let ((?x443 (+ ?x446 ?x447)))
 (let ((?x444 (+ ?x446 ?x443)))
 (let ((?x212 (/ ?x444 ?x709)))
 (let ((?x231 (+ ?x445 ?x212)))
 (let ((?x206 (* |f[2]| ?x328)))
 (let ((?x208 (* 0.0 ?x206)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x209 ?x209)))
 (let ((?x207 (- ?x206)))
 (let ((?x211 (+ ?x207 ?x210)))
 (let ((?x395 (/ ?x211 ?x709)))
 (let ((?x397 (+ ?x206 ?x395)))
 (let ((?x232 (+ ?x397 ?x231)))
 (let ((?x275 (+ ?x232 ?x273)))
 (or (and (distinct ?x275 ?x432) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x545 (< log!289 |logits[2]|)))
 (= $x545 (< exp!6 exp!1))))
(assert
 (let (($x535 (< |logits[2]| log!289)))
 (= $x535 (< exp!1 exp!6))))
(assert
 (let (($x727 (< log!289 |logits[0]|)))
 (= $x727 (< exp!6 exp!2))))
(assert
 (let (($x710 (< |logits[0]| log!289)))
 (= $x710 (< exp!2 exp!6))))
(assert
 (let (($x523 (< log!289 |logits[1]|)))
 (= $x523 (< exp!6 exp!3))))
(assert
 (let (($x721 (< |logits[1]| log!289)))
 (= $x721 (< exp!3 exp!6))))
(assert
 (let (($x718 (< log!289 log!166)))
 (= $x718 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!166 log!289)))
 (= $x509 (< exp!5 exp!6))))
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
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x164 (/ ?x163 exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x704 (> ?x709 0.0)))
 (=> $x704 (= exp!6 ?x709))))))))))
(assert
 (let (($x545 (< log!289 |logits[2]|)))
 (= $x545 (< exp!7 exp!1))))
(assert
 (let (($x535 (< |logits[2]| log!289)))
 (= $x535 (< exp!1 exp!7))))
(assert
 (let (($x727 (< log!289 |logits[0]|)))
 (= $x727 (< exp!7 exp!2))))
(assert
 (let (($x710 (< |logits[0]| log!289)))
 (= $x710 (< exp!2 exp!7))))
(assert
 (let (($x523 (< log!289 |logits[1]|)))
 (= $x523 (< exp!7 exp!3))))
(assert
 (let (($x721 (< |logits[1]| log!289)))
 (= $x721 (< exp!3 exp!7))))
(assert
 (let (($x718 (< log!289 log!166)))
 (= $x718 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!166 log!289)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x294 (< log!289 log!289)))
 (= $x294 (< exp!7 exp!6))))
(assert
 (let (($x294 (< log!289 log!289)))
 (= $x294 (< exp!6 exp!7))))
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
 (let ((?x166 (/ ?x51 exp!1)))
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x164 (/ ?x163 exp!1)))
 (let ((?x464 (+ ?x164 ?x166)))
 (let ((?x709 (+ 1.0 ?x464)))
 (let (($x704 (> ?x709 0.0)))
 (=> $x704 (= exp!7 ?x709))))))))))
(assert
 (let (($x365 (< log!414 |logits[2]|)))
 (= $x365 (< exp!8 exp!1))))
(assert
 (let (($x267 (< |logits[2]| log!414)))
 (= $x267 (< exp!1 exp!8))))
(assert
 (let (($x611 (< log!414 |logits[0]|)))
 (= $x611 (< exp!8 exp!2))))
(assert
 (let (($x851 (< |logits[0]| log!414)))
 (= $x851 (< exp!2 exp!8))))
(assert
 (let (($x1122 (< log!414 |logits[1]|)))
 (= $x1122 (< exp!8 exp!3))))
(assert
 (let (($x859 (< |logits[1]| log!414)))
 (= $x859 (< exp!3 exp!8))))
(assert
 (let (($x770 (< log!414 log!166)))
 (= $x770 (< exp!8 exp!5))))
(assert
 (let (($x648 (< log!166 log!414)))
 (= $x648 (< exp!5 exp!8))))
(assert
 (let (($x566 (< log!414 log!289)))
 (= $x566 (< exp!8 exp!7))))
(assert
 (let (($x417 (< log!289 log!414)))
 (= $x417 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x299 (> log!414 0.0)))
 (= $x299 (> exp!8 1.0))))
(assert
 (let ((?x197 (+ 1.0 log!414)))
 (>= exp!8 ?x197)))
(assert
 (let ((?x163 (* 1.0 exp!2)))
 (let ((?x266 (/ ?x163 exp!3)))
 (let ((?x205 (+ 1.0 ?x266)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x389 (/ ?x24 exp!3)))
 (let ((?x450 (+ ?x389 ?x205)))
 (let (($x182 (> ?x450 0.0)))
 (=> $x182 (= exp!8 ?x450))))))))))
(assert
 (let (($x365 (< log!414 |logits[2]|)))
 (= $x365 (< exp!9 exp!1))))
(assert
 (let (($x267 (< |logits[2]| log!414)))
 (= $x267 (< exp!1 exp!9))))
(assert
 (let (($x611 (< log!414 |logits[0]|)))
 (= $x611 (< exp!9 exp!2))))
(assert
 (let (($x851 (< |logits[0]| log!414)))
 (= $x851 (< exp!2 exp!9))))
(assert
 (let (($x1122 (< log!414 |logits[1]|)))
 (= $x1122 (< exp!9 exp!3))))
(assert
 (let (($x859 (< |logits[1]| log!414)))
 (= $x859 (< exp!3 exp!9))))
(assert
 (let (($x770 (< log!414 log!166)))
 (= $x770 (< exp!9 exp!5))))
(assert
 (let (($x648 (< log!166 log!414)))
 (= $x648 (< exp!5 exp!9))))
(assert
 (let (($x566 (< log!414 log!289)))
 (= $x566 (< exp!9 exp!7))))
(assert
 (let (($x417 (< log!289 log!414)))
 (= $x417 (< exp!7 exp!9))))
(assert
 (let (($x808 (< log!414 log!414)))
 (= $x808 (< exp!9 exp!8))))
(assert
 (let (($x808 (< log!414 log!414)))
 (= $x808 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x299 (> log!414 0.0)))
 (= $x299 (> exp!9 1.0))))
(assert
 (let ((?x197 (+ 1.0 log!414)))
 (>= exp!9 ?x197)))
(assert
 (let ((?x163 (* 1.0 exp!2)))
(let ((?x266 (/ ?x163 exp!3)))
(let ((?x205 (+ 1.0 ?x266)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x389 (/ ?x24 exp!3)))
(let ((?x450 (+ ?x389 ?x205)))
(let (($x182 (> ?x450 0.0)))
(=> $x182 (= exp!9 ?x450))))))))))
(check-sat)
(pop 1)
