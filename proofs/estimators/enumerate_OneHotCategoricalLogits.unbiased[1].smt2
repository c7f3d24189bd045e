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
 (let ((?x256 (/ ?x160 ?x440)))
 (let ((?x260 (- ?x256)))
 (let ((?x262 (+ 1.0 ?x260)))
 (let ((?x264 (* 0.0 ?x262)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x265 (+ ?x261 ?x264)))
 (let ((?x266 (+ ?x260 ?x265)))
 (let ((?x188 (/ 1.0 exp!5)))
 (let ((?x200 (* ?x188 ?x266)))
 (let ((?x201 (* |f[2]| ?x200)))
 (let ((?x347 (+ ?x261 ?x262)))
 (let ((?x218 (+ ?x261 ?x347)))
 (let ((?x197 (/ ?x160 exp!5)))
 (let ((?x219 (* ?x197 ?x218)))
 (let ((?x267 (* |f[1]| ?x219)))
 (let ((?x348 (+ ?x260 ?x264)))
 (let ((?x349 (+ ?x261 ?x348)))
 (let ((?x199 (/ ?x645 exp!5)))
 (let ((?x350 (* ?x199 ?x349)))
 (let ((?x346 (* |f[0]| ?x350)))
 (let ((?x268 (+ ?x346 ?x267)))
 (let ((?x202 (+ ?x268 ?x201)))
 (let ((?x234 (* |f[0]| ?x199)))
 (let ((?x185 (- ?x234)))
 (let ((?x235 (* 0.0 ?x234)))
 (let ((?x184 (- ?x235)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (+ ?x184 ?x186)))
 (let ((?x272 (/ ?x187 ?x440)))
 (let ((?x273 (* ?x160 ?x272)))
 (let ((?x178 (+ ?x235 ?x273)))
 (let ((?x220 (* |f[1]| ?x197)))
 (let ((?x368 (- ?x220)))
 (let ((?x221 (* 0.0 ?x220)))
 (let ((?x326 (- ?x221)))
 (let ((?x379 (+ ?x326 ?x368)))
 (let ((?x332 (+ ?x326 ?x379)))
 (let ((?x373 (/ ?x332 ?x440)))
 (let ((?x383 (* ?x160 ?x373)))
 (let ((?x385 (+ ?x220 ?x383)))
 (let ((?x189 (* |f[2]| ?x188)))
 (let ((?x191 (* 0.0 ?x189)))
 (let ((?x216 (- ?x191)))
 (let ((?x217 (+ ?x216 ?x216)))
 (let ((?x215 (- ?x189)))
 (let ((?x286 (+ ?x215 ?x217)))
 (let ((?x287 (/ ?x286 ?x440)))
 (let ((?x297 (* ?x160 ?x287)))
 (let ((?x298 (+ ?x191 ?x297)))
 (let ((?x211 (+ ?x298 ?x385)))
 (let ((?x179 (+ ?x211 ?x178)))
 (or (and (distinct ?x179 ?x202) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x580 (/ ?x425 exp!1)))
 (let ((?x796 (+ 1.0 ?x580)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x482 (/ ?x55 exp!1)))
 (let ((?x282 (+ ?x482 ?x796)))
 (< 0.0 ?x282))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x580 (/ ?x425 exp!1)))
 (let ((?x796 (+ 1.0 ?x580)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x482 (/ ?x55 exp!1)))
 (let ((?x282 (+ ?x482 ?x796)))
 (let (($x536 (= 0.0 ?x282)))
 (not $x536)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x580 (/ ?x425 exp!1)))
 (let ((?x796 (+ 1.0 ?x580)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x482 (/ ?x55 exp!1)))
 (let ((?x282 (+ ?x482 ?x796)))
 (let (($x536 (= 0.0 ?x282)))
 (not $x536)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x580 (/ ?x425 exp!1)))
 (let ((?x796 (+ 1.0 ?x580)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x482 (/ ?x55 exp!1)))
 (let ((?x282 (+ ?x482 ?x796)))
 (let (($x536 (= 0.0 ?x282)))
 (not $x536)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x580 (/ ?x425 exp!1)))
 (let ((?x796 (+ 1.0 ?x580)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x482 (/ ?x55 exp!1)))
 (let ((?x282 (+ ?x482 ?x796)))
 (< 0.0 ?x282))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x580 (/ ?x425 exp!1)))
 (let ((?x796 (+ 1.0 ?x580)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x482 (/ ?x55 exp!1)))
 (let ((?x282 (+ ?x482 ?x796)))
 (let (($x536 (= 0.0 ?x282)))
 (not $x536)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x580 (/ ?x425 exp!1)))
 (let ((?x796 (+ 1.0 ?x580)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x482 (/ ?x55 exp!1)))
 (let ((?x282 (+ ?x482 ?x796)))
 (let (($x536 (= 0.0 ?x282)))
 (not $x536)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x580 (/ ?x425 exp!1)))
 (let ((?x796 (+ 1.0 ?x580)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x482 (/ ?x55 exp!1)))
 (let ((?x282 (+ ?x482 ?x796)))
 (let (($x536 (= 0.0 ?x282)))
 (not $x536)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x580 (/ ?x425 exp!1)))
 (let ((?x796 (+ 1.0 ?x580)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x482 (/ ?x55 exp!1)))
 (let ((?x282 (+ ?x482 ?x796)))
 (let (($x536 (= 0.0 ?x282)))
 (not $x536)))))))))
(assert
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x580 (/ ?x425 exp!1)))
 (let ((?x796 (+ 1.0 ?x580)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x482 (/ ?x55 exp!1)))
 (let ((?x282 (+ ?x482 ?x796)))
 (let ((?x562 (/ 1.0 ?x282)))
 (let ((?x955 (- ?x562)))
 (let ((?x560 (+ 1.0 ?x955)))
 (let ((?x751 (* 0.0 ?x560)))
 (let ((?x408 (* 0.0 ?x955)))
 (let ((?x321 (+ ?x408 ?x751)))
 (let ((?x726 (+ ?x955 ?x321)))
 (let ((?x330 (/ ?x482 exp!6)))
 (let ((?x792 (* ?x330 ?x726)))
 (let ((?x713 (* |f[2]| ?x792)))
 (let ((?x708 (+ ?x408 ?x560)))
 (let ((?x707 (+ ?x408 ?x708)))
 (let ((?x541 (/ 1.0 exp!6)))
 (let ((?x565 (* ?x541 ?x707)))
 (let ((?x585 (* |f[1]| ?x565)))
 (let ((?x714 (+ ?x955 ?x751)))
 (let ((?x561 (+ ?x408 ?x714)))
 (let ((?x356 (/ ?x580 exp!6)))
 (let ((?x341 (* ?x356 ?x561)))
 (let ((?x571 (* |f[0]| ?x341)))
 (let ((?x685 (+ ?x571 ?x585)))
 (let ((?x569 (+ ?x685 ?x713)))
 (let ((?x957 (* |f[0]| ?x356)))
 (let ((?x363 (- ?x957)))
 (let ((?x329 (* 0.0 ?x957)))
 (let ((?x968 (- ?x329)))
 (let ((?x582 (+ ?x968 ?x363)))
 (let ((?x950 (+ ?x968 ?x582)))
 (let ((?x437 (/ ?x950 ?x282)))
 (let ((?x494 (+ ?x329 ?x437)))
 (let ((?x335 (* |f[1]| ?x541)))
 (let ((?x533 (- ?x335)))
 (let ((?x239 (* 0.0 ?x335)))
 (let ((?x227 (- ?x239)))
 (let ((?x166 (+ ?x227 ?x533)))
 (let ((?x974 (+ ?x227 ?x166)))
 (let ((?x355 (/ ?x974 ?x282)))
 (let ((?x238 (+ ?x335 ?x355)))
 (let ((?x525 (* |f[2]| ?x330)))
 (let ((?x628 (* 0.0 ?x525)))
 (let ((?x712 (- ?x628)))
 (let ((?x351 (+ ?x712 ?x712)))
 (let ((?x226 (- ?x525)))
 (let ((?x532 (+ ?x226 ?x351)))
 (let ((?x225 (/ ?x532 ?x282)))
 (let ((?x973 (+ ?x628 ?x225)))
 (let ((?x420 (+ ?x973 ?x238)))
 (let ((?x451 (+ ?x420 ?x494)))
 (or (and (distinct ?x451 ?x569) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (=> (> ?x440 0.0) (= exp!5 ?x440)))))))))
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
 (let ((?x425 (* 1.0 exp!2)))
(let ((?x580 (/ ?x425 exp!1)))
(let ((?x796 (+ 1.0 ?x580)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x482 (/ ?x55 exp!1)))
(let ((?x282 (+ ?x482 ?x796)))
(=> (> ?x282 0.0) (= exp!6 ?x282)))))))))
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
 (let ((?x256 (/ ?x160 ?x440)))
 (let ((?x260 (- ?x256)))
 (let ((?x262 (+ 1.0 ?x260)))
 (let ((?x264 (* 0.0 ?x262)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x265 (+ ?x261 ?x264)))
 (let ((?x266 (+ ?x260 ?x265)))
 (let ((?x188 (/ 1.0 exp!5)))
 (let ((?x200 (* ?x188 ?x266)))
 (let ((?x201 (* |f[2]| ?x200)))
 (let ((?x347 (+ ?x261 ?x262)))
 (let ((?x218 (+ ?x261 ?x347)))
 (let ((?x197 (/ ?x160 exp!5)))
 (let ((?x219 (* ?x197 ?x218)))
 (let ((?x267 (* |f[1]| ?x219)))
 (let ((?x348 (+ ?x260 ?x264)))
 (let ((?x349 (+ ?x261 ?x348)))
 (let ((?x199 (/ ?x645 exp!5)))
 (let ((?x350 (* ?x199 ?x349)))
 (let ((?x346 (* |f[0]| ?x350)))
 (let ((?x268 (+ ?x346 ?x267)))
 (let ((?x202 (+ ?x268 ?x201)))
 (let ((?x234 (* |f[0]| ?x199)))
 (let ((?x185 (- ?x234)))
 (let ((?x235 (* 0.0 ?x234)))
 (let ((?x184 (- ?x235)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (+ ?x184 ?x186)))
 (let ((?x272 (/ ?x187 ?x440)))
 (let ((?x273 (* ?x160 ?x272)))
 (let ((?x178 (+ ?x235 ?x273)))
 (let ((?x220 (* |f[1]| ?x197)))
 (let ((?x368 (- ?x220)))
 (let ((?x221 (* 0.0 ?x220)))
 (let ((?x326 (- ?x221)))
 (let ((?x379 (+ ?x326 ?x368)))
 (let ((?x332 (+ ?x326 ?x379)))
 (let ((?x373 (/ ?x332 ?x440)))
 (let ((?x383 (* ?x160 ?x373)))
 (let ((?x385 (+ ?x220 ?x383)))
 (let ((?x189 (* |f[2]| ?x188)))
 (let ((?x191 (* 0.0 ?x189)))
 (let ((?x216 (- ?x191)))
 (let ((?x217 (+ ?x216 ?x216)))
 (let ((?x215 (- ?x189)))
 (let ((?x286 (+ ?x215 ?x217)))
 (let ((?x287 (/ ?x286 ?x440)))
 (let ((?x297 (* ?x160 ?x287)))
 (let ((?x298 (+ ?x191 ?x297)))
 (let ((?x211 (+ ?x298 ?x385)))
 (let ((?x179 (+ ?x211 ?x178)))
 (or (and (distinct ?x179 ?x202) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ ?x9 exp!3)))
 (let ((?x425 (* 1.0 exp!2)))
 (let ((?x645 (/ ?x425 exp!3)))
 (let ((?x402 (+ ?x645 ?x160)))
 (let ((?x440 (+ 1.0 ?x402)))
 (=> (> ?x440 0.0) (= exp!5 ?x440)))))))))
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
 (let ((?x425 (* 1.0 exp!2)))
(let ((?x580 (/ ?x425 exp!1)))
(let ((?x796 (+ 1.0 ?x580)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x482 (/ ?x55 exp!1)))
(let ((?x282 (+ ?x482 ?x796)))
(=> (> ?x282 0.0) (= exp!6 ?x282)))))))))
(check-sat)
(pop 1)
