; certjax: rule estimators.enumerate_OneHotCategoricalLogits, obligation 'unbiased[2]', verdict proved
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
(declare-fun log!205 () Real)
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
 (= (< log!205 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!205) (< exp!1 exp!4)))
(assert
 (= (< log!205 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!205) (< exp!2 exp!4)))
(assert
 (= (< log!205 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!205) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!205 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!205)))
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
(declare-fun log!205 () Real)
(declare-fun log!328 () Real)
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
 (let ((?x200 (/ 1.0 ?x438)))
 (let ((?x201 (- ?x200)))
 (let ((?x183 (* 0.0 ?x201)))
 (let ((?x207 (+ ?x183 ?x183)))
 (let ((?x202 (+ 1.0 ?x201)))
 (let ((?x176 (+ ?x202 ?x207)))
 (let ((?x186 (/ 1.0 exp!5)))
 (let ((?x177 (* ?x186 ?x176)))
 (let ((?x254 (* |f[2]| ?x177)))
 (let ((?x184 (+ ?x201 ?x183)))
 (let ((?x182 (* 0.0 ?x202)))
 (let ((?x185 (+ ?x182 ?x184)))
 (let ((?x234 (/ ?x158 exp!5)))
 (let ((?x204 (* ?x234 ?x185)))
 (let ((?x205 (* |f[1]| ?x204)))
 (let ((?x294 (/ ?x637 exp!5)))
 (let ((?x270 (* ?x294 ?x185)))
 (let ((?x271 (* |f[0]| ?x270)))
 (let ((?x206 (+ ?x271 ?x205)))
 (let ((?x258 (+ ?x206 ?x254)))
 (let ((?x192 (* |f[0]| ?x294)))
 (let ((?x346 (- ?x192)))
 (let ((?x195 (* 0.0 ?x192)))
 (let ((?x324 (- ?x195)))
 (let ((?x357 (+ ?x324 ?x346)))
 (let ((?x358 (+ ?x324 ?x357)))
 (let ((?x355 (/ ?x358 ?x438)))
 (let ((?x356 (+ ?x195 ?x355)))
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
 (let ((?x199 (+ ?x295 ?x356)))
 (or (and (distinct ?x199 ?x258) true))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!205 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!205) (< exp!1 exp!4)))
(assert
 (= (< log!205 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!205) (< exp!2 exp!4)))
(assert
 (= (< log!205 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!205) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!205 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!205)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!328 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!328) (< exp!1 exp!5)))
(assert
 (= (< log!328 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!328) (< exp!2 exp!5)))
(assert
 (= (< log!328 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!328) (< exp!3 exp!5)))
(assert
 (= (< log!328 log!205) (< exp!5 exp!4)))
(assert
 (= (< log!205 log!328) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!328 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!328)))
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
(declare-fun log!205 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!328 () Real)
(declare-fun log!453 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x800 (/ ?x400 exp!1)))
 (let ((?x376 (+ 1.0 ?x800)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x394 (+ ?x712 ?x376)))
 (< 0.0 ?x394))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x800 (/ ?x400 exp!1)))
 (let ((?x376 (+ 1.0 ?x800)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x394 (+ ?x712 ?x376)))
 (let (($x336 (= 0.0 ?x394)))
 (not $x336)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x800 (/ ?x400 exp!1)))
 (let ((?x376 (+ 1.0 ?x800)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x394 (+ ?x712 ?x376)))
 (let (($x336 (= 0.0 ?x394)))
 (not $x336)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x800 (/ ?x400 exp!1)))
 (let ((?x376 (+ 1.0 ?x800)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x394 (+ ?x712 ?x376)))
 (let (($x336 (= 0.0 ?x394)))
 (not $x336)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x800 (/ ?x400 exp!1)))
 (let ((?x376 (+ 1.0 ?x800)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x394 (+ ?x712 ?x376)))
 (< 0.0 ?x394))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x800 (/ ?x400 exp!1)))
 (let ((?x376 (+ 1.0 ?x800)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x394 (+ ?x712 ?x376)))
 (let (($x336 (= 0.0 ?x394)))
 (not $x336)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x800 (/ ?x400 exp!1)))
 (let ((?x376 (+ 1.0 ?x800)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x394 (+ ?x712 ?x376)))
 (let (($x336 (= 0.0 ?x394)))
 (not $x336)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x800 (/ ?x400 exp!1)))
 (let ((?x376 (+ 1.0 ?x800)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x394 (+ ?x712 ?x376)))
 (let (($x336 (= 0.0 ?x394)))
 (not $x336)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x800 (/ ?x400 exp!1)))
 (let ((?x376 (+ 1.0 ?x800)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x394 (+ ?x712 ?x376)))
 (let (($x336 (= 0.0 ?x394)))
 (not $x336)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x800 (/ ?x400 exp!1)))
 (let ((?x376 (+ 1.0 ?x800)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x712 (/ ?x55 exp!1)))
 (let ((?x394 (+ ?x712 ?x376)))
 (let ((?x781 (/ ?x712 ?x394)))
 (let ((?x596 (- ?x781)))
 (let ((?x539 (* 0.0 ?x596)))
 (let ((?x726 (+ ?x539 ?x539)))
 (let ((?x507 (+ 1.0 ?x596)))
 (let ((?x587 (+ ?x507 ?x726)))
 (let ((?x435 (/ ?x712 exp!6)))
 (let ((?x178 (* ?x435 ?x587)))
 (let ((?x563 (* |f[2]| ?x178)))
 (let ((?x593 (+ ?x596 ?x539)))
 (let ((?x441 (* 0.0 ?x507)))
 (let ((?x748 (+ ?x441 ?x593)))
 (let ((?x348 (/ 1.0 exp!6)))
 (let ((?x755 (* ?x348 ?x748)))
 (let ((?x761 (* |f[1]| ?x755)))
 (let ((?x531 (/ ?x800 exp!6)))
 (let ((?x742 (* ?x531 ?x748)))
 (let ((?x509 (* |f[0]| ?x742)))
 (let ((?x368 (+ ?x509 ?x761)))
 (let ((?x533 (+ ?x368 ?x563)))
 (let ((?x354 (* |f[0]| ?x531)))
 (let ((?x439 (- ?x354)))
 (let ((?x739 (* 0.0 ?x354)))
 (let ((?x396 (- ?x739)))
 (let ((?x780 (+ ?x396 ?x439)))
 (let ((?x745 (+ ?x396 ?x780)))
 (let ((?x774 (/ ?x745 ?x394)))
 (let ((?x619 (* ?x712 ?x774)))
 (let ((?x951 (+ ?x739 ?x619)))
 (let ((?x255 (* |f[1]| ?x348)))
 (let ((?x226 (- ?x255)))
 (let ((?x349 (* 0.0 ?x255)))
 (let ((?x730 (- ?x349)))
 (let ((?x970 (+ ?x730 ?x226)))
 (let ((?x326 (+ ?x730 ?x970)))
 (let ((?x350 (/ ?x326 ?x394)))
 (let ((?x724 (* ?x712 ?x350)))
 (let ((?x701 (+ ?x349 ?x724)))
 (let ((?x779 (* |f[2]| ?x435)))
 (let ((?x534 (* 0.0 ?x779)))
 (let ((?x966 (- ?x534)))
 (let ((?x351 (+ ?x966 ?x966)))
 (let ((?x594 (- ?x779)))
 (let ((?x731 (+ ?x594 ?x351)))
 (let ((?x352 (/ ?x731 ?x394)))
 (let ((?x969 (* ?x712 ?x352)))
 (let ((?x347 (+ ?x779 ?x969)))
 (let ((?x443 (+ ?x347 ?x701)))
 (let ((?x946 (+ ?x443 ?x951)))
 (or (and (distinct ?x946 ?x533) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!205 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!205) (< exp!1 exp!4)))
(assert
 (= (< log!205 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!205) (< exp!2 exp!4)))
(assert
 (= (< log!205 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!205) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!205 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!205)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!328 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!328) (< exp!1 exp!5)))
(assert
 (= (< log!328 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!328) (< exp!2 exp!5)))
(assert
 (= (< log!328 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!328) (< exp!3 exp!5)))
(assert
 (= (< log!328 log!205) (< exp!5 exp!4)))
(assert
 (= (< log!205 log!328) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!328 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!328)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (=> (> ?x438 0.0) (= exp!5 ?x438)))))))))
(assert
 (= (< log!453 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!453) (< exp!1 exp!6)))
(assert
 (= (< log!453 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!453) (< exp!2 exp!6)))
(assert
 (= (< log!453 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!453) (< exp!3 exp!6)))
(assert
 (= (< log!453 log!205) (< exp!6 exp!4)))
(assert
 (= (< log!205 log!453) (< exp!4 exp!6)))
(assert
 (= (< log!453 log!328) (< exp!6 exp!5)))
(assert
 (= (< log!328 log!453) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!453 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!453)))
(assert
 (let ((?x400 (* 1.0 exp!2)))
(let ((?x800 (/ ?x400 exp!1)))
(let ((?x376 (+ 1.0 ?x800)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x712 (/ ?x55 exp!1)))
(let ((?x394 (+ ?x712 ?x376)))
(=> (> ?x394 0.0) (= exp!6 ?x394)))))))))
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
(declare-fun log!205 () Real)
(declare-fun log!328 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!453 () Real)
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
 (let ((?x200 (/ 1.0 ?x438)))
 (let ((?x201 (- ?x200)))
 (let ((?x183 (* 0.0 ?x201)))
 (let ((?x207 (+ ?x183 ?x183)))
 (let ((?x202 (+ 1.0 ?x201)))
 (let ((?x176 (+ ?x202 ?x207)))
 (let ((?x186 (/ 1.0 exp!5)))
 (let ((?x177 (* ?x186 ?x176)))
 (let ((?x254 (* |f[2]| ?x177)))
 (let ((?x184 (+ ?x201 ?x183)))
 (let ((?x182 (* 0.0 ?x202)))
 (let ((?x185 (+ ?x182 ?x184)))
 (let ((?x234 (/ ?x158 exp!5)))
 (let ((?x204 (* ?x234 ?x185)))
 (let ((?x205 (* |f[1]| ?x204)))
 (let ((?x294 (/ ?x637 exp!5)))
 (let ((?x270 (* ?x294 ?x185)))
 (let ((?x271 (* |f[0]| ?x270)))
 (let ((?x206 (+ ?x271 ?x205)))
 (let ((?x258 (+ ?x206 ?x254)))
 (let ((?x192 (* |f[0]| ?x294)))
 (let ((?x346 (- ?x192)))
 (let ((?x195 (* 0.0 ?x192)))
 (let ((?x324 (- ?x195)))
 (let ((?x357 (+ ?x324 ?x346)))
 (let ((?x358 (+ ?x324 ?x357)))
 (let ((?x355 (/ ?x358 ?x438)))
 (let ((?x356 (+ ?x195 ?x355)))
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
 (let ((?x199 (+ ?x295 ?x356)))
 (or (and (distinct ?x199 ?x258) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!205 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!205) (< exp!1 exp!4)))
(assert
 (= (< log!205 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!205) (< exp!2 exp!4)))
(assert
 (= (< log!205 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!205) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!205 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!205)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!328 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!328) (< exp!1 exp!5)))
(assert
 (= (< log!328 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!328) (< exp!2 exp!5)))
(assert
 (= (< log!328 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!328) (< exp!3 exp!5)))
(assert
 (= (< log!328 log!205) (< exp!5 exp!4)))
(assert
 (= (< log!205 log!328) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!328 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!328)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (=> (> ?x438 0.0) (= exp!5 ?x438)))))))))
(assert
 (= (< log!453 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!453) (< exp!1 exp!6)))
(assert
 (= (< log!453 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!453) (< exp!2 exp!6)))
(assert
 (= (< log!453 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!453) (< exp!3 exp!6)))
(assert
 (= (< log!453 log!205) (< exp!6 exp!4)))
(assert
 (= (< log!205 log!453) (< exp!4 exp!6)))
(assert
 (= (< log!453 log!328) (< exp!6 exp!5)))
(assert
 (= (< log!328 log!453) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!453 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!453)))
(assert
 (let ((?x400 (* 1.0 exp!2)))
(let ((?x800 (/ ?x400 exp!1)))
(let ((?x376 (+ 1.0 ?x800)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x712 (/ ?x55 exp!1)))
(let ((?x394 (+ ?x712 ?x376)))
(=> (> ?x394 0.0) (= exp!6 ?x394)))))))))
(check-sat)
(pop 1)
