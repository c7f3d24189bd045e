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
(declare-fun log!259 () Real)
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
 (= (< log!259 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
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
(declare-fun log!259 () Real)
(declare-fun log!382 () Real)
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
 (let ((?x199 (/ 1.0 ?x438)))
 (let ((?x200 (- ?x199)))
 (let ((?x182 (* 0.0 ?x200)))
 (let ((?x206 (+ ?x182 ?x182)))
 (let ((?x201 (+ 1.0 ?x200)))
 (let ((?x207 (+ ?x201 ?x206)))
 (let ((?x186 (/ 1.0 exp!5)))
 (let ((?x176 (* ?x186 ?x207)))
 (let ((?x177 (* |f[2]| ?x176)))
 (let ((?x183 (+ ?x200 ?x182)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x184 (+ ?x202 ?x183)))
 (let ((?x234 (/ ?x158 exp!5)))
 (let ((?x271 (* ?x234 ?x184)))
 (let ((?x204 (* |f[1]| ?x271)))
 (let ((?x294 (/ ?x637 exp!5)))
 (let ((?x185 (* ?x294 ?x184)))
 (let ((?x270 (* |f[0]| ?x185)))
 (let ((?x205 (+ ?x270 ?x204)))
 (let ((?x254 (+ ?x205 ?x177)))
 (let ((?x192 (* |f[0]| ?x294)))
 (let ((?x366 (- ?x192)))
 (let ((?x195 (* 0.0 ?x192)))
 (let ((?x324 (- ?x195)))
 (let ((?x377 (+ ?x324 ?x366)))
 (let ((?x330 (+ ?x324 ?x377)))
 (let ((?x371 (/ ?x330 ?x438)))
 (let ((?x381 (+ ?x195 ?x371)))
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
 (let ((?x383 (+ ?x295 ?x381)))
 (or (and (distinct ?x383 ?x254) true))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!382 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!382) (< exp!1 exp!5)))
(assert
 (= (< log!382 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!382) (< exp!2 exp!5)))
(assert
 (= (< log!382 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!382) (< exp!3 exp!5)))
(assert
 (= (< log!382 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!382) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!382 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!382)))
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
(declare-fun log!259 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!382 () Real)
(declare-fun log!507 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x534 (/ ?x400 exp!1)))
 (let ((?x306 (+ 1.0 ?x534)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x806 (+ ?x417 ?x306)))
 (< 0.0 ?x806))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x534 (/ ?x400 exp!1)))
 (let ((?x306 (+ 1.0 ?x534)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x806 (+ ?x417 ?x306)))
 (let (($x240 (= 0.0 ?x806)))
 (not $x240)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x534 (/ ?x400 exp!1)))
 (let ((?x306 (+ 1.0 ?x534)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x806 (+ ?x417 ?x306)))
 (let (($x240 (= 0.0 ?x806)))
 (not $x240)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x534 (/ ?x400 exp!1)))
 (let ((?x306 (+ 1.0 ?x534)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x806 (+ ?x417 ?x306)))
 (let (($x240 (= 0.0 ?x806)))
 (not $x240)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x534 (/ ?x400 exp!1)))
 (let ((?x306 (+ 1.0 ?x534)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x806 (+ ?x417 ?x306)))
 (< 0.0 ?x806))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x534 (/ ?x400 exp!1)))
 (let ((?x306 (+ 1.0 ?x534)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x806 (+ ?x417 ?x306)))
 (let (($x240 (= 0.0 ?x806)))
 (not $x240)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x534 (/ ?x400 exp!1)))
 (let ((?x306 (+ 1.0 ?x534)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x806 (+ ?x417 ?x306)))
 (let (($x240 (= 0.0 ?x806)))
 (not $x240)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x534 (/ ?x400 exp!1)))
 (let ((?x306 (+ 1.0 ?x534)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x806 (+ ?x417 ?x306)))
 (let (($x240 (= 0.0 ?x806)))
 (not $x240)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x534 (/ ?x400 exp!1)))
 (let ((?x306 (+ 1.0 ?x534)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x806 (+ ?x417 ?x306)))
 (let (($x240 (= 0.0 ?x806)))
 (not $x240)))))))))
(assert
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x534 (/ ?x400 exp!1)))
 (let ((?x306 (+ 1.0 ?x534)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x417 (/ ?x55 exp!1)))
 (let ((?x806 (+ ?x417 ?x306)))
 (let ((?x766 (/ ?x417 ?x806)))
 (let ((?x179 (- ?x766)))
 (let ((?x332 (* 0.0 ?x179)))
 (let ((?x326 (+ ?x332 ?x332)))
 (let ((?x763 (+ 1.0 ?x179)))
 (let ((?x765 (+ ?x763 ?x326)))
 (let ((?x384 (/ ?x417 exp!6)))
 (let ((?x364 (* ?x384 ?x765)))
 (let ((?x575 (* |f[2]| ?x364)))
 (let ((?x610 (+ ?x179 ?x332)))
 (let ((?x559 (* 0.0 ?x763)))
 (let ((?x732 (+ ?x559 ?x610)))
 (let ((?x507 (/ 1.0 exp!6)))
 (let ((?x461 (* ?x507 ?x732)))
 (let ((?x574 (* |f[1]| ?x461)))
 (let ((?x333 (/ ?x534 exp!6)))
 (let ((?x173 (* ?x333 ?x732)))
 (let ((?x274 (* |f[0]| ?x173)))
 (let ((?x315 (+ ?x274 ?x574)))
 (let ((?x352 (+ ?x315 ?x575)))
 (let ((?x962 (* |f[0]| ?x333)))
 (let ((?x453 (- ?x962)))
 (let ((?x805 (* 0.0 ?x962)))
 (let ((?x726 (- ?x805)))
 (let ((?x762 (+ ?x726 ?x453)))
 (let ((?x178 (+ ?x726 ?x762)))
 (let ((?x810 (/ ?x178 ?x806)))
 (let ((?x568 (* ?x417 ?x810)))
 (let ((?x949 (+ ?x805 ?x568)))
 (let ((?x489 (* |f[1]| ?x507)))
 (let ((?x316 (- ?x489)))
 (let ((?x275 (* 0.0 ?x489)))
 (let ((?x404 (- ?x275)))
 (let ((?x968 (+ ?x404 ?x316)))
 (let ((?x542 (+ ?x404 ?x968)))
 (let ((?x472 (/ ?x542 ?x806)))
 (let ((?x801 (* ?x417 ?x472)))
 (let ((?x444 (+ ?x275 ?x801)))
 (let ((?x359 (* |f[2]| ?x384)))
 (let ((?x744 (* 0.0 ?x359)))
 (let ((?x224 (- ?x744)))
 (let ((?x792 (+ ?x224 ?x224)))
 (let ((?x334 (- ?x359)))
 (let ((?x517 (+ ?x334 ?x792)))
 (let ((?x509 (/ ?x517 ?x806)))
 (let ((?x967 (* ?x417 ?x509)))
 (let ((?x167 (+ ?x359 ?x967)))
 (let ((?x705 (+ ?x167 ?x444)))
 (let ((?x944 (+ ?x705 ?x949)))
 (or (and (distinct ?x944 ?x352) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!382 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!382) (< exp!1 exp!5)))
(assert
 (= (< log!382 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!382) (< exp!2 exp!5)))
(assert
 (= (< log!382 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!382) (< exp!3 exp!5)))
(assert
 (= (< log!382 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!382) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!382 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!382)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (=> (> ?x438 0.0) (= exp!5 ?x438)))))))))
(assert
 (= (< log!507 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!507) (< exp!1 exp!6)))
(assert
 (= (< log!507 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!507) (< exp!2 exp!6)))
(assert
 (= (< log!507 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!507) (< exp!3 exp!6)))
(assert
 (= (< log!507 log!259) (< exp!6 exp!4)))
(assert
 (= (< log!259 log!507) (< exp!4 exp!6)))
(assert
 (= (< log!507 log!382) (< exp!6 exp!5)))
(assert
 (= (< log!382 log!507) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!507 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!507)))
(assert
 (let ((?x400 (* 1.0 exp!2)))
(let ((?x534 (/ ?x400 exp!1)))
(let ((?x306 (+ 1.0 ?x534)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x417 (/ ?x55 exp!1)))
(let ((?x806 (+ ?x417 ?x306)))
(=> (> ?x806 0.0) (= exp!6 ?x806)))))))))
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
(declare-fun log!259 () Real)
(declare-fun log!382 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!507 () Real)
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
 (let ((?x199 (/ 1.0 ?x438)))
 (let ((?x200 (- ?x199)))
 (let ((?x182 (* 0.0 ?x200)))
 (let ((?x206 (+ ?x182 ?x182)))
 (let ((?x201 (+ 1.0 ?x200)))
 (let ((?x207 (+ ?x201 ?x206)))
 (let ((?x186 (/ 1.0 exp!5)))
 (let ((?x176 (* ?x186 ?x207)))
 (let ((?x177 (* |f[2]| ?x176)))
 (let ((?x183 (+ ?x200 ?x182)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x184 (+ ?x202 ?x183)))
 (let ((?x234 (/ ?x158 exp!5)))
 (let ((?x271 (* ?x234 ?x184)))
 (let ((?x204 (* |f[1]| ?x271)))
 (let ((?x294 (/ ?x637 exp!5)))
 (let ((?x185 (* ?x294 ?x184)))
 (let ((?x270 (* |f[0]| ?x185)))
 (let ((?x205 (+ ?x270 ?x204)))
 (let ((?x254 (+ ?x205 ?x177)))
 (let ((?x192 (* |f[0]| ?x294)))
 (let ((?x366 (- ?x192)))
 (let ((?x195 (* 0.0 ?x192)))
 (let ((?x324 (- ?x195)))
 (let ((?x377 (+ ?x324 ?x366)))
 (let ((?x330 (+ ?x324 ?x377)))
 (let ((?x371 (/ ?x330 ?x438)))
 (let ((?x381 (+ ?x195 ?x371)))
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
 (let ((?x383 (+ ?x295 ?x381)))
 (or (and (distinct ?x383 ?x254) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!382 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!382) (< exp!1 exp!5)))
(assert
 (= (< log!382 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!382) (< exp!2 exp!5)))
(assert
 (= (< log!382 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!382) (< exp!3 exp!5)))
(assert
 (= (< log!382 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!382) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!382 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!382)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x158 (/ ?x9 exp!3)))
 (let ((?x400 (* 1.0 exp!2)))
 (let ((?x637 (/ ?x400 exp!3)))
 (let ((?x423 (+ ?x637 ?x158)))
 (let ((?x438 (+ 1.0 ?x423)))
 (=> (> ?x438 0.0) (= exp!5 ?x438)))))))))
(assert
 (= (< log!507 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!507) (< exp!1 exp!6)))
(assert
 (= (< log!507 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!507) (< exp!2 exp!6)))
(assert
 (= (< log!507 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!507) (< exp!3 exp!6)))
(assert
 (= (< log!507 log!259) (< exp!6 exp!4)))
(assert
 (= (< log!259 log!507) (< exp!4 exp!6)))
(assert
 (= (< log!507 log!382) (< exp!6 exp!5)))
(assert
 (= (< log!382 log!507) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!507 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!507)))
(assert
 (let ((?x400 (* 1.0 exp!2)))
(let ((?x534 (/ ?x400 exp!1)))
(let ((?x306 (+ 1.0 ?x534)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x417 (/ ?x55 exp!1)))
(let ((?x806 (+ ?x417 ?x306)))
(=> (> ?x806 0.0) (= exp!6 ?x806)))))))))
(check-sat)
(pop 1)
