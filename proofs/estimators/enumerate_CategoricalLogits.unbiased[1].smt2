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
 (let ((?x137 (/ ?x36 ?x57)))
 (let ((?x138 (- ?x137)))
 (let ((?x140 (+ 1.0 ?x138)))
 (let ((?x141 (* 0.0 ?x140)))
 (let ((?x139 (* 0.0 ?x138)))
 (let ((?x151 (+ ?x139 ?x141)))
 (let ((?x152 (+ ?x138 ?x151)))
 (let ((?x98 (/ ?x56 exp!4)))
 (let ((?x153 (* ?x98 ?x152)))
 (let ((?x154 (* |f[2]| ?x153)))
 (let ((?x146 (+ ?x139 ?x140)))
 (let ((?x147 (+ ?x139 ?x146)))
 (let ((?x112 (/ ?x36 exp!4)))
 (let ((?x148 (* ?x112 ?x147)))
 (let ((?x149 (* |f[1]| ?x148)))
 (let ((?x142 (+ ?x138 ?x141)))
 (let ((?x143 (+ ?x139 ?x142)))
 (let ((?x126 (/ 1.0 exp!4)))
 (let ((?x144 (* ?x126 ?x143)))
 (let ((?x145 (* |f[0]| ?x144)))
 (let ((?x150 (+ ?x145 ?x149)))
 (let ((?x155 (+ ?x150 ?x154)))
 (let ((?x127 (* |f[0]| ?x126)))
 (let ((?x130 (- ?x127)))
 (let ((?x128 (* 0.0 ?x127)))
 (let ((?x129 (- ?x128)))
 (let ((?x131 (+ ?x129 ?x130)))
 (let ((?x132 (+ ?x129 ?x131)))
 (let ((?x133 (/ ?x132 ?x57)))
 (let ((?x134 (* ?x36 ?x133)))
 (let ((?x135 (+ ?x128 ?x134)))
 (let ((?x113 (* |f[1]| ?x112)))
 (let ((?x116 (- ?x113)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x117 (+ ?x115 ?x116)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (/ ?x118 ?x57)))
 (let ((?x120 (* ?x36 ?x119)))
 (let ((?x121 (+ ?x113 ?x120)))
 (let ((?x99 (* |f[2]| ?x98)))
 (let ((?x100 (* 0.0 ?x99)))
 (let ((?x102 (- ?x100)))
 (let ((?x103 (+ ?x102 ?x102)))
 (let ((?x101 (- ?x99)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (/ ?x104 ?x57)))
 (let ((?x106 (* ?x36 ?x105)))
 (let ((?x107 (+ ?x100 ?x106)))
 (let ((?x122 (+ ?x107 ?x121)))
 (let ((?x136 (+ ?x122 ?x135)))
 (or (and (distinct ?x136 ?x155) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x645 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (< 0.0 ?x440)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x645 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let (($x177 (= 0.0 ?x440)))
 (not $x177))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x645 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let (($x177 (= 0.0 ?x440)))
 (not $x177))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x645 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let (($x177 (= 0.0 ?x440)))
 (not $x177))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x645 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (< 0.0 ?x440)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x645 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let (($x177 (= 0.0 ?x440)))
 (not $x177))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x645 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let (($x177 (= 0.0 ?x440)))
 (not $x177))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x645 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let (($x177 (= 0.0 ?x440)))
 (not $x177))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x645 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let (($x177 (= 0.0 ?x440)))
 (not $x177))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x645 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let ((?x264 (/ ?x160 ?x440)))
 (let ((?x218 (- ?x264)))
 (let ((?x267 (+ 1.0 ?x218)))
 (let ((?x268 (* 0.0 ?x267)))
 (let ((?x219 (* 0.0 ?x218)))
 (let ((?x327 (+ ?x219 ?x268)))
 (let ((?x328 (+ ?x218 ?x327)))
 (let ((?x188 (/ 1.0 exp!5)))
 (let ((?x333 (* ?x188 ?x328)))
 (let ((?x334 (* |f[2]| ?x333)))
 (let ((?x369 (+ ?x219 ?x267)))
 (let ((?x332 (+ ?x219 ?x369)))
 (let ((?x197 (/ ?x160 exp!5)))
 (let ((?x373 (* ?x197 ?x332)))
 (let ((?x374 (* |f[1]| ?x373)))
 (let ((?x265 (+ ?x218 ?x268)))
 (let ((?x266 (+ ?x219 ?x265)))
 (let ((?x185 (/ ?x645 exp!5)))
 (let ((?x326 (* ?x185 ?x266)))
 (let ((?x368 (* |f[0]| ?x326)))
 (let ((?x376 (+ ?x368 ?x374)))
 (let ((?x336 (+ ?x376 ?x334)))
 (let ((?x186 (* |f[0]| ?x185)))
 (let ((?x273 (- ?x186)))
 (let ((?x187 (* 0.0 ?x186)))
 (let ((?x272 (- ?x187)))
 (let ((?x178 (+ ?x272 ?x273)))
 (let ((?x179 (+ ?x272 ?x178)))
 (let ((?x256 (/ ?x179 ?x440)))
 (let ((?x260 (* ?x160 ?x256)))
 (let ((?x261 (+ ?x187 ?x260)))
 (let ((?x220 (* |f[1]| ?x197)))
 (let ((?x390 (- ?x220)))
 (let ((?x221 (* 0.0 ?x220)))
 (let ((?x388 (- ?x221)))
 (let ((?x392 (+ ?x388 ?x390)))
 (let ((?x211 (+ ?x388 ?x392)))
 (let ((?x212 (/ ?x211 ?x440)))
 (let ((?x213 (* ?x160 ?x212)))
 (let ((?x199 (+ ?x220 ?x213)))
 (let ((?x189 (* |f[2]| ?x188)))
 (let ((?x191 (* 0.0 ?x189)))
 (let ((?x216 (- ?x191)))
 (let ((?x217 (+ ?x216 ?x216)))
 (let ((?x215 (- ?x189)))
 (let ((?x286 (+ ?x215 ?x217)))
 (let ((?x287 (/ ?x286 ?x440)))
 (let ((?x297 (* ?x160 ?x287)))
 (let ((?x298 (+ ?x191 ?x297)))
 (let ((?x234 (+ ?x298 ?x199)))
 (let ((?x262 (+ ?x234 ?x261)))
 (or (and (distinct ?x262 ?x336) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(let ((?x160 (/ ?x9 exp!3)))
(let ((?x645 (/ (* 1.0 exp!2) exp!3)))
(let ((?x402 (+ ?x645 ?x160)))
(let ((?x440 (+ 1.0 ?x402)))
(=> (> ?x440 0.0) (= exp!5 ?x440))))))))
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
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x972 (/ ?x425 exp!1)))
 (let ((?x237 (+ 1.0 ?x972)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x677 (/ ?x55 exp!1)))
 (let ((?x463 (+ ?x677 ?x237)))
 (< 0.0 ?x463))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x972 (/ ?x425 exp!1)))
 (let ((?x237 (+ 1.0 ?x972)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x677 (/ ?x55 exp!1)))
 (let ((?x463 (+ ?x677 ?x237)))
 (let (($x429 (= 0.0 ?x463)))
 (not $x429)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x972 (/ ?x425 exp!1)))
 (let ((?x237 (+ 1.0 ?x972)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x677 (/ ?x55 exp!1)))
 (let ((?x463 (+ ?x677 ?x237)))
 (let (($x429 (= 0.0 ?x463)))
 (not $x429)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x972 (/ ?x425 exp!1)))
 (let ((?x237 (+ 1.0 ?x972)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x677 (/ ?x55 exp!1)))
 (let ((?x463 (+ ?x677 ?x237)))
 (let (($x429 (= 0.0 ?x463)))
 (not $x429)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x972 (/ ?x425 exp!1)))
 (let ((?x237 (+ 1.0 ?x972)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x677 (/ ?x55 exp!1)))
 (let ((?x463 (+ ?x677 ?x237)))
 (< 0.0 ?x463))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x972 (/ ?x425 exp!1)))
 (let ((?x237 (+ 1.0 ?x972)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x677 (/ ?x55 exp!1)))
 (let ((?x463 (+ ?x677 ?x237)))
 (let (($x429 (= 0.0 ?x463)))
 (not $x429)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x972 (/ ?x425 exp!1)))
 (let ((?x237 (+ 1.0 ?x972)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x677 (/ ?x55 exp!1)))
 (let ((?x463 (+ ?x677 ?x237)))
 (let (($x429 (= 0.0 ?x463)))
 (not $x429)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x972 (/ ?x425 exp!1)))
 (let ((?x237 (+ 1.0 ?x972)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x677 (/ ?x55 exp!1)))
 (let ((?x463 (+ ?x677 ?x237)))
 (let (($x429 (= 0.0 ?x463)))
 (not $x429)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x972 (/ ?x425 exp!1)))
 (let ((?x237 (+ 1.0 ?x972)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x677 (/ ?x55 exp!1)))
 (let ((?x463 (+ ?x677 ?x237)))
 (let (($x429 (= 0.0 ?x463)))
 (not $x429)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x972 (/ ?x425 exp!1)))
 (let ((?x237 (+ 1.0 ?x972)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x677 (/ ?x55 exp!1)))
 (let ((?x463 (+ ?x677 ?x237)))
 (let ((?x549 (/ 1.0 ?x463)))
 (let ((?x957 (- ?x549)))
 (let ((?x739 (+ 1.0 ?x957)))
 (let ((?x711 (* 0.0 ?x739)))
 (let ((?x413 (* 0.0 ?x957)))
 (let ((?x310 (+ ?x413 ?x711)))
 (let ((?x389 (+ ?x957 ?x310)))
 (let ((?x361 (/ ?x677 exp!6)))
 (let ((?x242 (* ?x361 ?x389)))
 (let ((?x288 (* |f[2]| ?x242)))
 (let ((?x704 (+ ?x413 ?x739)))
 (let ((?x710 (+ ?x413 ?x704)))
 (let ((?x370 (/ 1.0 exp!6)))
 (let ((?x362 (* ?x370 ?x710)))
 (let ((?x522 (* |f[1]| ?x362)))
 (let ((?x193 (+ ?x957 ?x711)))
 (let ((?x683 (+ ?x413 ?x193)))
 (let ((?x607 (/ ?x972 exp!6)))
 (let ((?x525 (* ?x607 ?x683)))
 (let ((?x572 (* |f[0]| ?x525)))
 (let ((?x562 (+ ?x572 ?x522)))
 (let ((?x685 (+ ?x562 ?x288)))
 (let ((?x579 (* |f[0]| ?x607)))
 (let ((?x249 (- ?x579)))
 (let ((?x435 (* 0.0 ?x579)))
 (let ((?x765 (- ?x435)))
 (let ((?x747 (+ ?x765 ?x249)))
 (let ((?x952 (+ ?x765 ?x747)))
 (let ((?x736 (/ ?x952 ?x463)))
 (let ((?x224 (+ ?x435 ?x736)))
 (let ((?x353 (* |f[1]| ?x370)))
 (let ((?x724 (- ?x353)))
 (let ((?x348 (* 0.0 ?x353)))
 (let ((?x595 (- ?x348)))
 (let ((?x254 (+ ?x595 ?x724)))
 (let ((?x976 (+ ?x595 ?x254)))
 (let ((?x241 (/ ?x976 ?x463)))
 (let ((?x722 (+ ?x353 ?x241)))
 (let ((?x367 (* |f[2]| ?x361)))
 (let ((?x476 (* 0.0 ?x367)))
 (let ((?x161 (- ?x476)))
 (let ((?x494 (+ ?x161 ?x161)))
 (let ((?x384 (- ?x367)))
 (let ((?x366 (+ ?x384 ?x494)))
 (let ((?x316 (/ ?x366 ?x463)))
 (let ((?x975 (+ ?x476 ?x316)))
 (let ((?x708 (+ ?x975 ?x722)))
 (let ((?x306 (+ ?x708 ?x224)))
 (or (and (distinct ?x306 ?x685) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (=> (> ?x440 0.0) (= exp!5 ?x440)))))))))
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
 (let ((?x425 (* 1.0 exp!2)))
(let ((?x972 (/ ?x425 exp!1)))
(let ((?x237 (+ 1.0 ?x972)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x677 (/ ?x55 exp!1)))
(let ((?x463 (+ ?x677 ?x237)))
(=> (> ?x463 0.0) (= exp!6 ?x463)))))))))
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
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (< 0.0 ?x440))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let (($x177 (= 0.0 ?x440)))
 (not $x177)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let (($x177 (= 0.0 ?x440)))
 (not $x177)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let (($x177 (= 0.0 ?x440)))
 (not $x177)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (< 0.0 ?x440))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let (($x177 (= 0.0 ?x440)))
 (not $x177)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let (($x177 (= 0.0 ?x440)))
 (not $x177)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let (($x177 (= 0.0 ?x440)))
 (not $x177)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let (($x177 (= 0.0 ?x440)))
 (not $x177)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (let ((?x264 (/ ?x160 ?x440)))
 (let ((?x218 (- ?x264)))
 (let ((?x267 (+ 1.0 ?x218)))
 (let ((?x268 (* 0.0 ?x267)))
 (let ((?x219 (* 0.0 ?x218)))
 (let ((?x327 (+ ?x219 ?x268)))
 (let ((?x328 (+ ?x218 ?x327)))
 (let ((?x188 (/ 1.0 exp!5)))
 (let ((?x333 (* ?x188 ?x328)))
 (let ((?x334 (* |f[2]| ?x333)))
 (let ((?x369 (+ ?x219 ?x267)))
 (let ((?x332 (+ ?x219 ?x369)))
 (let ((?x197 (/ ?x160 exp!5)))
 (let ((?x373 (* ?x197 ?x332)))
 (let ((?x374 (* |f[1]| ?x373)))
 (let ((?x265 (+ ?x218 ?x268)))
 (let ((?x266 (+ ?x219 ?x265)))
 (let ((?x185 (/ ?x645 exp!5)))
 (let ((?x326 (* ?x185 ?x266)))
 (let ((?x368 (* |f[0]| ?x326)))
 (let ((?x376 (+ ?x368 ?x374)))
 (let ((?x336 (+ ?x376 ?x334)))
 (let ((?x186 (* |f[0]| ?x185)))
 (let ((?x273 (- ?x186)))
 (let ((?x187 (* 0.0 ?x186)))
 (let ((?x272 (- ?x187)))
 (let ((?x178 (+ ?x272 ?x273)))
 (let ((?x179 (+ ?x272 ?x178)))
 (let ((?x256 (/ ?x179 ?x440)))
 (let ((?x260 (* ?x160 ?x256)))
 (let ((?x261 (+ ?x187 ?x260)))
 (let ((?x220 (* |f[1]| ?x197)))
 (let ((?x390 (- ?x220)))
 (let ((?x221 (* 0.0 ?x220)))
 (let ((?x388 (- ?x221)))
 (let ((?x392 (+ ?x388 ?x390)))
 (let ((?x211 (+ ?x388 ?x392)))
 (let ((?x212 (/ ?x211 ?x440)))
 (let ((?x213 (* ?x160 ?x212)))
 (let ((?x199 (+ ?x220 ?x213)))
 (let ((?x189 (* |f[2]| ?x188)))
 (let ((?x191 (* 0.0 ?x189)))
 (let ((?x216 (- ?x191)))
 (let ((?x217 (+ ?x216 ?x216)))
 (let ((?x215 (- ?x189)))
 (let ((?x286 (+ ?x215 ?x217)))
 (let ((?x287 (/ ?x286 ?x440)))
 (let ((?x297 (* ?x160 ?x287)))
 (let ((?x298 (+ ?x191 ?x297)))
 (let ((?x234 (+ ?x298 ?x199)))
 (let ((?x262 (+ ?x234 ?x261)))
 (or (and (distinct ?x262 ?x336) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (=> (> ?x440 0.0) (= exp!5 ?x440)))))))))
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
 (let ((?x425 (* 1.0 exp!2)))
(let ((?x972 (/ ?x425 exp!1)))
(let ((?x237 (+ 1.0 ?x972)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x677 (/ ?x55 exp!1)))
(let ((?x463 (+ ?x677 ?x237)))
(=> (> ?x463 0.0) (= exp!6 ?x463)))))))))
(check-sat)
(pop 1)
