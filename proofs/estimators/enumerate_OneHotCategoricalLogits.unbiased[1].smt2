; certjax: rule estimators.enumerate_OneHotCategoricalLogits, obligation 'unbiased[1]', verdict proved
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
 (let ((?x260 (/ ?x160 ?x440)))
 (let ((?x261 (- ?x260)))
 (let ((?x264 (+ 1.0 ?x261)))
 (let ((?x218 (* 0.0 ?x264)))
 (let ((?x262 (* 0.0 ?x261)))
 (let ((?x204 (+ ?x262 ?x218)))
 (let ((?x205 (+ ?x261 ?x204)))
 (let ((?x188 (/ 1.0 exp!5)))
 (let ((?x206 (* ?x188 ?x205)))
 (let ((?x207 (* |f[2]| ?x206)))
 (let ((?x266 (+ ?x262 ?x264)))
 (let ((?x200 (+ ?x262 ?x266)))
 (let ((?x197 (/ ?x160 exp!5)))
 (let ((?x201 (* ?x197 ?x200)))
 (let ((?x202 (* |f[1]| ?x201)))
 (let ((?x219 (+ ?x261 ?x218)))
 (let ((?x267 (+ ?x262 ?x219)))
 (let ((?x234 (/ ?x645 exp!5)))
 (let ((?x268 (* ?x234 ?x267)))
 (let ((?x265 (* |f[0]| ?x268)))
 (let ((?x203 (+ ?x265 ?x202)))
 (let ((?x208 (+ ?x203 ?x207)))
 (let ((?x235 (* |f[0]| ?x234)))
 (let ((?x186 (- ?x235)))
 (let ((?x184 (* 0.0 ?x235)))
 (let ((?x185 (- ?x184)))
 (let ((?x187 (+ ?x185 ?x186)))
 (let ((?x272 (+ ?x185 ?x187)))
 (let ((?x273 (/ ?x272 ?x440)))
 (let ((?x178 (* ?x160 ?x273)))
 (let ((?x179 (+ ?x184 ?x178)))
 (let ((?x220 (* |f[1]| ?x197)))
 (let ((?x348 (- ?x220)))
 (let ((?x221 (* 0.0 ?x220)))
 (let ((?x326 (- ?x221)))
 (let ((?x359 (+ ?x326 ?x348)))
 (let ((?x360 (+ ?x326 ?x359)))
 (let ((?x357 (/ ?x360 ?x440)))
 (let ((?x358 (* ?x160 ?x357)))
 (let ((?x211 (+ ?x220 ?x358)))
 (let ((?x189 (* |f[2]| ?x188)))
 (let ((?x191 (* 0.0 ?x189)))
 (let ((?x216 (- ?x191)))
 (let ((?x217 (+ ?x216 ?x216)))
 (let ((?x215 (- ?x189)))
 (let ((?x286 (+ ?x215 ?x217)))
 (let ((?x287 (/ ?x286 ?x440)))
 (let ((?x297 (* ?x160 ?x287)))
 (let ((?x298 (+ ?x191 ?x297)))
 (let ((?x212 (+ ?x298 ?x211)))
 (let ((?x256 (+ ?x212 ?x179)))
 (or (and (distinct ?x256 ?x208) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x625 (/ ?x425 exp!1)))
 (let ((?x255 (+ 1.0 ?x625)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x576 (/ ?x55 exp!1)))
 (let ((?x251 (+ ?x576 ?x255)))
 (< 0.0 ?x251))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x625 (/ ?x425 exp!1)))
 (let ((?x255 (+ 1.0 ?x625)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x576 (/ ?x55 exp!1)))
 (let ((?x251 (+ ?x576 ?x255)))
 (let (($x363 (= 0.0 ?x251)))
 (not $x363)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x625 (/ ?x425 exp!1)))
 (let ((?x255 (+ 1.0 ?x625)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x576 (/ ?x55 exp!1)))
 (let ((?x251 (+ ?x576 ?x255)))
 (let (($x363 (= 0.0 ?x251)))
 (not $x363)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x625 (/ ?x425 exp!1)))
 (let ((?x255 (+ 1.0 ?x625)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x576 (/ ?x55 exp!1)))
 (let ((?x251 (+ ?x576 ?x255)))
 (let (($x363 (= 0.0 ?x251)))
 (not $x363)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x625 (/ ?x425 exp!1)))
 (let ((?x255 (+ 1.0 ?x625)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x576 (/ ?x55 exp!1)))
 (let ((?x251 (+ ?x576 ?x255)))
 (< 0.0 ?x251))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x625 (/ ?x425 exp!1)))
 (let ((?x255 (+ 1.0 ?x625)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x576 (/ ?x55 exp!1)))
 (let ((?x251 (+ ?x576 ?x255)))
 (let (($x363 (= 0.0 ?x251)))
 (not $x363)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x625 (/ ?x425 exp!1)))
 (let ((?x255 (+ 1.0 ?x625)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x576 (/ ?x55 exp!1)))
 (let ((?x251 (+ ?x576 ?x255)))
 (let (($x363 (= 0.0 ?x251)))
 (not $x363)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x625 (/ ?x425 exp!1)))
 (let ((?x255 (+ 1.0 ?x625)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x576 (/ ?x55 exp!1)))
 (let ((?x251 (+ ?x576 ?x255)))
 (let (($x363 (= 0.0 ?x251)))
 (not $x363)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x625 (/ ?x425 exp!1)))
 (let ((?x255 (+ 1.0 ?x625)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x576 (/ ?x55 exp!1)))
 (let ((?x251 (+ ?x576 ?x255)))
 (let (($x363 (= 0.0 ?x251)))
 (not $x363)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x625 (/ ?x425 exp!1)))
 (let ((?x255 (+ 1.0 ?x625)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x576 (/ ?x55 exp!1)))
 (let ((?x251 (+ ?x576 ?x255)))
 (let ((?x552 (/ 1.0 ?x251)))
 (let ((?x959 (- ?x552)))
 (let ((?x243 (+ 1.0 ?x959)))
 (let ((?x621 (* 0.0 ?x243)))
 (let ((?x415 (* 0.0 ?x959)))
 (let ((?x511 (+ ?x415 ?x621)))
 (let ((?x525 (+ ?x959 ?x511)))
 (let ((?x429 (/ ?x576 exp!6)))
 (let ((?x595 (* ?x429 ?x525)))
 (let ((?x742 (* |f[2]| ?x595)))
 (let ((?x778 (+ ?x415 ?x243)))
 (let ((?x791 (+ ?x415 ?x778)))
 (let ((?x751 (/ 1.0 exp!6)))
 (let ((?x388 (* ?x751 ?x791)))
 (let ((?x366 (* |f[1]| ?x388)))
 (let ((?x351 (+ ?x959 ?x621)))
 (let ((?x559 (+ ?x415 ?x351)))
 (let ((?x369 (/ ?x625 exp!6)))
 (let ((?x277 (* ?x369 ?x559)))
 (let ((?x611 (* |f[0]| ?x277)))
 (let ((?x549 (+ ?x611 ?x366)))
 (let ((?x562 (+ ?x549 ?x742)))
 (let ((?x392 (* |f[0]| ?x369)))
 (let ((?x310 (- ?x392)))
 (let ((?x336 (* 0.0 ?x392)))
 (let ((?x258 (- ?x336)))
 (let ((?x628 (+ ?x258 ?x310)))
 (let ((?x954 (+ ?x258 ?x628)))
 (let ((?x711 (/ ?x954 ?x251)))
 (let ((?x226 (+ ?x336 ?x711)))
 (let ((?x614 (* |f[1]| ?x751)))
 (let ((?x741 (- ?x614)))
 (let ((?x594 (* 0.0 ?x614)))
 (let ((?x349 (- ?x594)))
 (let ((?x166 (+ ?x349 ?x741)))
 (let ((?x978 (+ ?x349 ?x166)))
 (let ((?x771 (/ ?x978 ?x251)))
 (let ((?x590 (+ ?x614 ?x771)))
 (let ((?x744 (* |f[2]| ?x429)))
 (let ((?x705 (* 0.0 ?x744)))
 (let ((?x974 (- ?x705)))
 (let ((?x335 (+ ?x974 ?x974)))
 (let ((?x196 (- ?x744)))
 (let ((?x707 (+ ?x196 ?x335)))
 (let ((?x331 (/ ?x707 ?x251)))
 (let ((?x977 (+ ?x705 ?x331)))
 (let ((?x708 (+ ?x977 ?x590)))
 (let ((?x735 (+ ?x708 ?x226)))
 (or (and (distinct ?x735 ?x562) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (=> (> ?x440 0.0) (= exp!5 ?x440)))))))))
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
 (let ((?x425 (* 1.0 exp!2)))
(let ((?x625 (/ ?x425 exp!1)))
(let ((?x255 (+ 1.0 ?x625)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x576 (/ ?x55 exp!1)))
(let ((?x251 (+ ?x576 ?x255)))
(=> (> ?x251 0.0) (= exp!6 ?x251)))))))))
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
 (let ((?x260 (/ ?x160 ?x440)))
 (let ((?x261 (- ?x260)))
 (let ((?x264 (+ 1.0 ?x261)))
 (let ((?x218 (* 0.0 ?x264)))
 (let ((?x262 (* 0.0 ?x261)))
 (let ((?x204 (+ ?x262 ?x218)))
 (let ((?x205 (+ ?x261 ?x204)))
 (let ((?x188 (/ 1.0 exp!5)))
 (let ((?x206 (* ?x188 ?x205)))
 (let ((?x207 (* |f[2]| ?x206)))
 (let ((?x266 (+ ?x262 ?x264)))
 (let ((?x200 (+ ?x262 ?x266)))
 (let ((?x197 (/ ?x160 exp!5)))
 (let ((?x201 (* ?x197 ?x200)))
 (let ((?x202 (* |f[1]| ?x201)))
 (let ((?x219 (+ ?x261 ?x218)))
 (let ((?x267 (+ ?x262 ?x219)))
 (let ((?x234 (/ ?x645 exp!5)))
 (let ((?x268 (* ?x234 ?x267)))
 (let ((?x265 (* |f[0]| ?x268)))
 (let ((?x203 (+ ?x265 ?x202)))
 (let ((?x208 (+ ?x203 ?x207)))
 (let ((?x235 (* |f[0]| ?x234)))
 (let ((?x186 (- ?x235)))
 (let ((?x184 (* 0.0 ?x235)))
 (let ((?x185 (- ?x184)))
 (let ((?x187 (+ ?x185 ?x186)))
 (let ((?x272 (+ ?x185 ?x187)))
 (let ((?x273 (/ ?x272 ?x440)))
 (let ((?x178 (* ?x160 ?x273)))
 (let ((?x179 (+ ?x184 ?x178)))
 (let ((?x220 (* |f[1]| ?x197)))
 (let ((?x348 (- ?x220)))
 (let ((?x221 (* 0.0 ?x220)))
 (let ((?x326 (- ?x221)))
 (let ((?x359 (+ ?x326 ?x348)))
 (let ((?x360 (+ ?x326 ?x359)))
 (let ((?x357 (/ ?x360 ?x440)))
 (let ((?x358 (* ?x160 ?x357)))
 (let ((?x211 (+ ?x220 ?x358)))
 (let ((?x189 (* |f[2]| ?x188)))
 (let ((?x191 (* 0.0 ?x189)))
 (let ((?x216 (- ?x191)))
 (let ((?x217 (+ ?x216 ?x216)))
 (let ((?x215 (- ?x189)))
 (let ((?x286 (+ ?x215 ?x217)))
 (let ((?x287 (/ ?x286 ?x440)))
 (let ((?x297 (* ?x160 ?x287)))
 (let ((?x298 (+ ?x191 ?x297)))
 (let ((?x212 (+ ?x298 ?x211)))
 (let ((?x256 (+ ?x212 ?x179)))
 (or (and (distinct ?x256 ?x208) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (=> (> ?x440 0.0) (= exp!5 ?x440)))))))))
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
 (let ((?x425 (* 1.0 exp!2)))
(let ((?x625 (/ ?x425 exp!1)))
(let ((?x255 (+ 1.0 ?x625)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x576 (/ ?x55 exp!1)))
(let ((?x251 (+ ?x576 ?x255)))
(=> (> ?x251 0.0) (= exp!6 ?x251)))))))))
(check-sat)
(pop 1)
