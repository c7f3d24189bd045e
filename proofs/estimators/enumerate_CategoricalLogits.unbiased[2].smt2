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
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!166 () Real)
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
 (let ((?x137 (/ ?x56 ?x57)))
 (let ((?x138 (- ?x137)))
 (let ((?x141 (* 0.0 ?x138)))
 (let ((?x149 (+ ?x141 ?x141)))
 (let ((?x139 (+ 1.0 ?x138)))
 (let ((?x150 (+ ?x139 ?x149)))
 (let ((?x98 (/ ?x56 exp!4)))
 (let ((?x151 (* ?x98 ?x150)))
 (let ((?x152 (* |f[2]| ?x151)))
 (let ((?x142 (+ ?x138 ?x141)))
 (let ((?x140 (* 0.0 ?x139)))
 (let ((?x143 (+ ?x140 ?x142)))
 (let ((?x112 (/ ?x36 exp!4)))
 (let ((?x146 (* ?x112 ?x143)))
 (let ((?x147 (* |f[1]| ?x146)))
 (let ((?x126 (/ 1.0 exp!4)))
 (let ((?x144 (* ?x126 ?x143)))
 (let ((?x145 (* |f[0]| ?x144)))
 (let ((?x148 (+ ?x145 ?x147)))
 (let ((?x153 (+ ?x148 ?x152)))
 (let ((?x127 (* |f[0]| ?x126)))
 (let ((?x130 (- ?x127)))
 (let ((?x128 (* 0.0 ?x127)))
 (let ((?x129 (- ?x128)))
 (let ((?x131 (+ ?x129 ?x130)))
 (let ((?x132 (+ ?x129 ?x131)))
 (let ((?x133 (/ ?x132 ?x57)))
 (let ((?x134 (* ?x56 ?x133)))
 (let ((?x135 (+ ?x128 ?x134)))
 (let ((?x113 (* |f[1]| ?x112)))
 (let ((?x116 (- ?x113)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x117 (+ ?x115 ?x116)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (/ ?x118 ?x57)))
 (let ((?x120 (* ?x56 ?x119)))
 (let ((?x121 (+ ?x114 ?x120)))
 (let ((?x99 (* |f[2]| ?x98)))
 (let ((?x101 (* 0.0 ?x99)))
 (let ((?x102 (- ?x101)))
 (let ((?x103 (+ ?x102 ?x102)))
 (let ((?x100 (- ?x99)))
 (let ((?x104 (+ ?x100 ?x103)))
 (let ((?x105 (/ ?x104 ?x57)))
 (let ((?x106 (* ?x56 ?x105)))
 (let ((?x107 (+ ?x99 ?x106)))
 (let ((?x122 (+ ?x107 ?x121)))
 (let ((?x136 (+ ?x122 ?x135)))
 (or (and (distinct ?x136 ?x153) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!166 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!166) (< exp!1 exp!4)))
(assert
 (= (< log!166 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!166) (< exp!2 exp!4)))
(assert
 (= (< log!166 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!166) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!166 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!166)))
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
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!166 () Real)
(declare-fun log!289 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x637 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (< 0.0 ?x438)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x637 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let (($x175 (= 0.0 ?x438)))
 (not $x175))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x637 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let (($x175 (= 0.0 ?x438)))
 (not $x175))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x637 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let (($x175 (= 0.0 ?x438)))
 (not $x175))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x637 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (< 0.0 ?x438)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x637 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let (($x175 (= 0.0 ?x438)))
 (not $x175))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x637 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let (($x175 (= 0.0 ?x438)))
 (not $x175))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x637 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let (($x175 (= 0.0 ?x438)))
 (not $x175))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x637 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let (($x175 (= 0.0 ?x438)))
 (not $x175))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x637 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let ((?x182 (/ 1.0 ?x438)))
 (let ((?x183 (- ?x182)))
 (let ((?x270 (* 0.0 ?x183)))
 (let ((?x254 (+ ?x270 ?x270)))
 (let ((?x184 (+ 1.0 ?x183)))
 (let ((?x258 (+ ?x184 ?x254)))
 (let ((?x186 (/ 1.0 exp!5)))
 (let ((?x259 (* ?x186 ?x258)))
 (let ((?x260 (* |f[2]| ?x259)))
 (let ((?x271 (+ ?x183 ?x270)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x204 (+ ?x185 ?x271)))
 (let ((?x234 (/ ?x158 exp!5)))
 (let ((?x207 (* ?x234 ?x204)))
 (let ((?x176 (* |f[1]| ?x207)))
 (let ((?x294 (/ ?x637 exp!5)))
 (let ((?x205 (* ?x294 ?x204)))
 (let ((?x206 (* |f[0]| ?x205)))
 (let ((?x177 (+ ?x206 ?x176)))
 (let ((?x262 (+ ?x177 ?x260)))
 (let ((?x192 (* |f[0]| ?x294)))
 (let ((?x388 (- ?x192)))
 (let ((?x195 (* 0.0 ?x192)))
 (let ((?x386 (- ?x195)))
 (let ((?x390 (+ ?x386 ?x388)))
 (let ((?x199 (+ ?x386 ?x390)))
 (let ((?x200 (/ ?x199 ?x438)))
 (let ((?x201 (+ ?x195 ?x200)))
 (let ((?x236 (* |f[1]| ?x234)))
 (let ((?x229 (- ?x236)))
 (let ((?x235 (* 0.0 ?x236)))
 (let ((?x228 (- ?x235)))
 (let ((?x231 (+ ?x228 ?x229)))
 (let ((?x232 (+ ?x228 ?x231)))
 (let ((?x284 (/ ?x232 ?x438)))
 (let ((?x285 (+ ?x235 ?x284)))
 (let ((?x197 (* |f[2]| ?x186)))
 (let ((?x187 (* 0.0 ?x197)))
 (let ((?x189 (- ?x187)))
 (let ((?x213 (+ ?x189 ?x189)))
 (let ((?x198 (- ?x197)))
 (let ((?x218 (+ ?x198 ?x213)))
 (let ((?x219 (/ ?x218 ?x438)))
 (let ((?x203 (+ ?x197 ?x219)))
 (let ((?x295 (+ ?x203 ?x285)))
 (let ((?x202 (+ ?x295 ?x201)))
 (or (and (distinct ?x202 ?x262) true))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!166 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!166) (< exp!1 exp!4)))
(assert
 (= (< log!166 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!166) (< exp!2 exp!4)))
(assert
 (= (< log!166 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!166) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!166 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!166)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!289 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!289) (< exp!1 exp!5)))
(assert
 (= (< log!289 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!289) (< exp!2 exp!5)))
(assert
 (= (< log!289 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!289) (< exp!3 exp!5)))
(assert
 (= (< log!289 log!166) (< exp!5 exp!4)))
(assert
 (= (< log!166 log!289) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!289 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!289)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x158 (/ ?x9 exp!3)))
(let ((?x637 (/ (* 1.0 exp!2) exp!3)))
(let ((?x423 (+ ?x637 ?x158)))
(let ((?x438 (+ 1.0 ?x423)))
(=> (> ?x438 0.0) (= exp!5 ?x438))))))))
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
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!166 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!289 () Real)
(declare-fun log!414 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x960 (/ ?x400 exp!1)))
 (let ((?x336 (+ 1.0 ?x960)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x729 (/ ?x55 exp!1)))
 (let ((?x396 (+ ?x729 ?x336)))
 (< 0.0 ?x396))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x960 (/ ?x400 exp!1)))
 (let ((?x336 (+ 1.0 ?x960)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x729 (/ ?x55 exp!1)))
 (let ((?x396 (+ ?x729 ?x336)))
 (let (($x163 (= 0.0 ?x396)))
 (not $x163)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x960 (/ ?x400 exp!1)))
 (let ((?x336 (+ 1.0 ?x960)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x729 (/ ?x55 exp!1)))
 (let ((?x396 (+ ?x729 ?x336)))
 (let (($x163 (= 0.0 ?x396)))
 (not $x163)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x960 (/ ?x400 exp!1)))
 (let ((?x336 (+ 1.0 ?x960)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x729 (/ ?x55 exp!1)))
 (let ((?x396 (+ ?x729 ?x336)))
 (let (($x163 (= 0.0 ?x396)))
 (not $x163)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x960 (/ ?x400 exp!1)))
 (let ((?x336 (+ 1.0 ?x960)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x729 (/ ?x55 exp!1)))
 (let ((?x396 (+ ?x729 ?x336)))
 (< 0.0 ?x396))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x960 (/ ?x400 exp!1)))
 (let ((?x336 (+ 1.0 ?x960)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x729 (/ ?x55 exp!1)))
 (let ((?x396 (+ ?x729 ?x336)))
 (let (($x163 (= 0.0 ?x396)))
 (not $x163)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x960 (/ ?x400 exp!1)))
 (let ((?x336 (+ 1.0 ?x960)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x729 (/ ?x55 exp!1)))
 (let ((?x396 (+ ?x729 ?x336)))
 (let (($x163 (= 0.0 ?x396)))
 (not $x163)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x960 (/ ?x400 exp!1)))
 (let ((?x336 (+ 1.0 ?x960)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x729 (/ ?x55 exp!1)))
 (let ((?x396 (+ ?x729 ?x336)))
 (let (($x163 (= 0.0 ?x396)))
 (not $x163)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x960 (/ ?x400 exp!1)))
 (let ((?x336 (+ 1.0 ?x960)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x729 (/ ?x55 exp!1)))
 (let ((?x396 (+ ?x729 ?x336)))
 (let (($x163 (= 0.0 ?x396)))
 (not $x163)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x960 (/ ?x400 exp!1)))
 (let ((?x336 (+ 1.0 ?x960)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x729 (/ ?x55 exp!1)))
 (let ((?x396 (+ ?x729 ?x336)))
 (let ((?x737 (/ ?x729 ?x396)))
 (let ((?x494 (- ?x737)))
 (let ((?x226 (* 0.0 ?x494)))
 (let ((?x269 (+ ?x226 ?x226)))
 (let ((?x499 (+ 1.0 ?x494)))
 (let ((?x787 (+ ?x499 ?x269)))
 (let ((?x242 (/ ?x729 exp!6)))
 (let ((?x173 (* ?x242 ?x787)))
 (let ((?x626 (* |f[2]| ?x173)))
 (let ((?x406 (+ ?x494 ?x226)))
 (let ((?x684 (* 0.0 ?x499)))
 (let ((?x755 (+ ?x684 ?x406)))
 (let ((?x351 (/ 1.0 exp!6)))
 (let ((?x316 (* ?x351 ?x755)))
 (let ((?x602 (* |f[1]| ?x316)))
 (let ((?x166 (/ ?x960 exp!6)))
 (let ((?x535 (* ?x166 ?x755)))
 (let ((?x382 (* |f[0]| ?x535)))
 (let ((?x764 (+ ?x382 ?x602)))
 (let ((?x329 (+ ?x764 ?x626)))
 (let ((?x789 (* |f[0]| ?x166)))
 (let ((?x521 (- ?x789)))
 (let ((?x800 (* 0.0 ?x789)))
 (let ((?x765 (- ?x800)))
 (let ((?x736 (+ ?x765 ?x521)))
 (let ((?x210 (+ ?x765 ?x736)))
 (let ((?x754 (/ ?x210 ?x396)))
 (let ((?x563 (* ?x729 ?x754)))
 (let ((?x945 (+ ?x800 ?x563)))
 (let ((?x214 (* |f[1]| ?x351)))
 (let ((?x250 (- ?x214)))
 (let ((?x792 (* 0.0 ?x214)))
 (let ((?x799 (- ?x792)))
 (let ((?x964 (+ ?x799 ?x250)))
 (let ((?x353 (+ ?x799 ?x964)))
 (let ((?x345 (/ ?x353 ?x396)))
 (let ((?x267 (* ?x729 ?x345)))
 (let ((?x707 (+ ?x792 ?x267)))
 (let ((?x773 (* |f[2]| ?x242)))
 (let ((?x283 (* 0.0 ?x773)))
 (let ((?x305 (- ?x283)))
 (let ((?x340 (+ ?x305 ?x305)))
 (let ((?x317 (- ?x773)))
 (let ((?x274 (+ ?x317 ?x340)))
 (let ((?x748 (/ ?x274 ?x396)))
 (let ((?x963 (* ?x729 ?x748)))
 (let ((?x453 (+ ?x773 ?x963)))
 (let ((?x417 (+ ?x453 ?x707)))
 (let ((?x940 (+ ?x417 ?x945)))
 (or (and (distinct ?x940 ?x329) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!166 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!166) (< exp!1 exp!4)))
(assert
 (= (< log!166 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!166) (< exp!2 exp!4)))
(assert
 (= (< log!166 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!166) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!166 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!166)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!289 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!289) (< exp!1 exp!5)))
(assert
 (= (< log!289 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!289) (< exp!2 exp!5)))
(assert
 (= (< log!289 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!289) (< exp!3 exp!5)))
(assert
 (= (< log!289 log!166) (< exp!5 exp!4)))
(assert
 (= (< log!166 log!289) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!289 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!289)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (=> (> ?x438 0.0) (= exp!5 ?x438)))))))))
(assert
 (= (< log!414 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!6)))
(assert
 (= (< log!414 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!6)))
(assert
 (= (< log!414 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!6)))
(assert
 (= (< log!414 log!166) (< exp!6 exp!4)))
(assert
 (= (< log!166 log!414) (< exp!4 exp!6)))
(assert
 (= (< log!414 log!289) (< exp!6 exp!5)))
(assert
 (= (< log!289 log!414) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!414 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!414)))
(assert
 (let ((?x400 (* 1.0 exp!2)))
(let ((?x960 (/ ?x400 exp!1)))
(let ((?x336 (+ 1.0 ?x960)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x729 (/ ?x55 exp!1)))
(let ((?x396 (+ ?x729 ?x336)))
(=> (> ?x396 0.0) (= exp!6 ?x396)))))))))
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
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!166 () Real)
(declare-fun log!289 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!414 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (< 0.0 ?x438))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let (($x175 (= 0.0 ?x438)))
 (not $x175)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let (($x175 (= 0.0 ?x438)))
 (not $x175)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let (($x175 (= 0.0 ?x438)))
 (not $x175)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (< 0.0 ?x438))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let (($x175 (= 0.0 ?x438)))
 (not $x175)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let (($x175 (= 0.0 ?x438)))
 (not $x175)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let (($x175 (= 0.0 ?x438)))
 (not $x175)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let (($x175 (= 0.0 ?x438)))
 (not $x175)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (let ((?x182 (/ 1.0 ?x438)))
 (let ((?x183 (- ?x182)))
 (let ((?x270 (* 0.0 ?x183)))
 (let ((?x254 (+ ?x270 ?x270)))
 (let ((?x184 (+ 1.0 ?x183)))
 (let ((?x258 (+ ?x184 ?x254)))
 (let ((?x186 (/ 1.0 exp!5)))
 (let ((?x259 (* ?x186 ?x258)))
 (let ((?x260 (* |f[2]| ?x259)))
 (let ((?x271 (+ ?x183 ?x270)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x204 (+ ?x185 ?x271)))
 (let ((?x234 (/ ?x158 exp!5)))
 (let ((?x207 (* ?x234 ?x204)))
 (let ((?x176 (* |f[1]| ?x207)))
 (let ((?x294 (/ ?x637 exp!5)))
 (let ((?x205 (* ?x294 ?x204)))
 (let ((?x206 (* |f[0]| ?x205)))
 (let ((?x177 (+ ?x206 ?x176)))
 (let ((?x262 (+ ?x177 ?x260)))
 (let ((?x192 (* |f[0]| ?x294)))
 (let ((?x388 (- ?x192)))
 (let ((?x195 (* 0.0 ?x192)))
 (let ((?x386 (- ?x195)))
 (let ((?x390 (+ ?x386 ?x388)))
 (let ((?x199 (+ ?x386 ?x390)))
 (let ((?x200 (/ ?x199 ?x438)))
 (let ((?x201 (+ ?x195 ?x200)))
 (let ((?x236 (* |f[1]| ?x234)))
 (let ((?x229 (- ?x236)))
 (let ((?x235 (* 0.0 ?x236)))
 (let ((?x228 (- ?x235)))
 (let ((?x231 (+ ?x228 ?x229)))
 (let ((?x232 (+ ?x228 ?x231)))
 (let ((?x284 (/ ?x232 ?x438)))
 (let ((?x285 (+ ?x235 ?x284)))
 (let ((?x197 (* |f[2]| ?x186)))
 (let ((?x187 (* 0.0 ?x197)))
 (let ((?x189 (- ?x187)))
 (let ((?x213 (+ ?x189 ?x189)))
 (let ((?x198 (- ?x197)))
 (let ((?x218 (+ ?x198 ?x213)))
 (let ((?x219 (/ ?x218 ?x438)))
 (let ((?x203 (+ ?x197 ?x219)))
 (let ((?x295 (+ ?x203 ?x285)))
 (let ((?x202 (+ ?x295 ?x201)))
 (or (and (distinct ?x202 ?x262) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!166 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!166) (< exp!1 exp!4)))
(assert
 (= (< log!166 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!166) (< exp!2 exp!4)))
(assert
 (= (< log!166 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!166) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!166 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!166)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!289 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!289) (< exp!1 exp!5)))
(assert
 (= (< log!289 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!289) (< exp!2 exp!5)))
(assert
 (= (< log!289 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!289) (< exp!3 exp!5)))
(assert
 (= (< log!289 log!166) (< exp!5 exp!4)))
(assert
 (= (< log!166 log!289) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!289 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!289)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (=> (> ?x438 0.0) (= exp!5 ?x438)))))))))
(assert
 (= (< log!414 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!6)))
(assert
 (= (< log!414 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!6)))
(assert
 (= (< log!414 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!6)))
(assert
 (= (< log!414 log!166) (< exp!6 exp!4)))
(assert
 (= (< log!166 log!414) (< exp!4 exp!6)))
(assert
 (= (< log!414 log!289) (< exp!6 exp!5)))
(assert
 (= (< log!289 log!414) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!414 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!414)))
(assert
 (let ((?x400 (* 1.0 exp!2)))
(let ((?x960 (/ ?x400 exp!1)))
(let ((?x336 (+ 1.0 ?x960)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x729 (/ ?x55 exp!1)))
(let ((?x396 (+ ?x729 ?x336)))
(=> (> ?x396 0.0) (= exp!6 ?x396)))))))))
(check-sat)
(pop 1)
