; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[6]', verdict proved
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
(declare-fun log!414 () Real)
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
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x109 (/ 1.0 ?x57)))
 (let ((?x110 (- ?x109)))
 (let ((?x112 (+ 1.0 ?x110)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x144 (+ ?x110 ?x113)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x145 (+ ?x111 ?x144)))
 (let ((?x142 (/ ?x36 exp!4)))
 (let ((?x146 (* ?x142 ?x145)))
 (let ((?x117 (/ ?x56 ?x57)))
 (let ((?x118 (- ?x117)))
 (let ((?x120 (* 0.0 ?x118)))
 (let ((?x136 (+ ?x118 ?x120)))
 (let ((?x119 (+ 1.0 ?x118)))
 (let ((?x135 (* 0.0 ?x119)))
 (let ((?x137 (+ ?x135 ?x136)))
 (let ((?x147 (* ?x137 ?x146)))
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
 (let ((?x132 (+ ?x111 ?x112)))
 (let ((?x133 (+ ?x111 ?x132)))
 (let ((?x130 (/ 1.0 exp!4)))
 (let ((?x134 (* ?x130 ?x133)))
 (let ((?x138 (* ?x134 ?x137)))
 (let ((?x131 (* ?x130 ?x129)))
 (let ((?x139 (+ ?x131 ?x138)))
 (let ((?x149 (+ ?x139 ?x148)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (+ ?x110 ?x114)))
 (let ((?x107 (/ ?x56 exp!4)))
 (let ((?x116 (* ?x107 ?x115)))
 (let ((?x123 (* ?x116 ?x122)))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
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
(declare-fun log!414 () Real)
(declare-fun log!638 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (< 0.0 ?x703)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x702 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let ((?x255 (/ ?x702 ?x703)))
 (let ((?x260 (- ?x255)))
 (let ((?x207 (+ 1.0 ?x260)))
 (let ((?x208 (* 0.0 ?x207)))
 (let ((?x444 (+ ?x260 ?x208)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x319 (+ ?x261 ?x444)))
 (let ((?x440 (/ ?x155 exp!5)))
 (let ((?x320 (* ?x440 ?x319)))
 (let ((?x204 (/ 1.0 ?x703)))
 (let ((?x210 (- ?x204)))
 (let ((?x215 (* 0.0 ?x210)))
 (let ((?x174 (+ ?x210 ?x215)))
 (let ((?x211 (+ 1.0 ?x210)))
 (let ((?x173 (* 0.0 ?x211)))
 (let ((?x308 (+ ?x173 ?x174)))
 (let ((?x317 (* ?x308 ?x320)))
 (let ((?x348 (- ?x702)))
 (let ((?x347 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x186 (* ?x347 ?x348)))
 (let ((?x349 (/ 0.0 ?x703)))
 (let ((?x235 (+ ?x349 ?x186)))
 (let ((?x259 (- ?x235)))
 (let ((?x230 (* 0.0 ?x259)))
 (let ((?x325 (+ ?x259 ?x230)))
 (let ((?x179 (+ ?x230 ?x325)))
 (let ((?x442 (* ?x179 ?x440)))
 (let ((?x318 (+ ?x442 ?x317)))
 (let ((?x182 (+ ?x261 ?x207)))
 (let ((?x280 (+ ?x261 ?x182)))
 (let ((?x180 (/ ?x702 exp!5)))
 (let ((?x281 (* ?x180 ?x280)))
 (let ((?x312 (* ?x281 ?x308)))
 (let ((?x181 (* ?x180 ?x179)))
 (let ((?x313 (+ ?x181 ?x312)))
 (let ((?x185 (+ ?x313 ?x318)))
 (let ((?x231 (+ ?x215 ?x215)))
 (let ((?x232 (+ ?x211 ?x231)))
 (let ((?x200 (+ ?x261 ?x208)))
 (let ((?x203 (+ ?x260 ?x200)))
 (let ((?x264 (/ 1.0 exp!5)))
 (let ((?x209 (* ?x264 ?x203)))
 (let ((?x212 (* ?x209 ?x232)))
 (let ((?x262 (+ ?x230 ?x230)))
 (let ((?x263 (+ ?x259 ?x262)))
 (let ((?x254 (* ?x264 ?x263)))
 (let ((?x265 (+ ?x254 ?x212)))
 (let ((?x333 (+ ?x265 ?x185)))
 (or (and (distinct 0.0 ?x333) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x155 (/ ?x9 exp!3)))
(let ((?x702 (/ (* 1.0 exp!2) exp!3)))
(let ((?x685 (+ ?x702 ?x155)))
(let ((?x703 (+ 1.0 ?x685)))
(=> (> ?x703 0.0) (= exp!5 ?x703))))))))
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
(declare-fun log!414 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!638 () Real)
(declare-fun log!863 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x768 (/ ?x459 exp!1)))
 (let ((?x188 (+ 1.0 ?x768)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x985 (/ ?x55 exp!1)))
 (let ((?x305 (+ ?x985 ?x188)))
 (< 0.0 ?x305))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x768 (/ ?x459 exp!1)))
 (let ((?x188 (+ 1.0 ?x768)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x985 (/ ?x55 exp!1)))
 (let ((?x305 (+ ?x985 ?x188)))
 (let (($x817 (= 0.0 ?x305)))
 (not $x817)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x768 (/ ?x459 exp!1)))
 (let ((?x188 (+ 1.0 ?x768)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x985 (/ ?x55 exp!1)))
 (let ((?x305 (+ ?x985 ?x188)))
 (let (($x817 (= 0.0 ?x305)))
 (not $x817)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x768 (/ ?x459 exp!1)))
 (let ((?x188 (+ 1.0 ?x768)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x985 (/ ?x55 exp!1)))
 (let ((?x305 (+ ?x985 ?x188)))
 (let (($x817 (= 0.0 ?x305)))
 (not $x817)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x768 (/ ?x459 exp!1)))
 (let ((?x188 (+ 1.0 ?x768)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x985 (/ ?x55 exp!1)))
 (let ((?x305 (+ ?x985 ?x188)))
 (let (($x817 (= 0.0 ?x305)))
 (not $x817)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x768 (/ ?x459 exp!1)))
 (let ((?x188 (+ 1.0 ?x768)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x985 (/ ?x55 exp!1)))
 (let ((?x305 (+ ?x985 ?x188)))
 (let (($x817 (= 0.0 ?x305)))
 (not $x817)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x768 (/ ?x459 exp!1)))
 (let ((?x188 (+ 1.0 ?x768)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x985 (/ ?x55 exp!1)))
 (let ((?x305 (+ ?x985 ?x188)))
 (let ((?x407 (/ ?x768 ?x305)))
 (let ((?x242 (- ?x407)))
 (let ((?x327 (+ 1.0 ?x242)))
 (let ((?x266 (* 0.0 ?x327)))
 (let ((?x437 (+ ?x242 ?x266)))
 (let ((?x410 (* 0.0 ?x242)))
 (let ((?x425 (+ ?x410 ?x437)))
 (let ((?x402 (/ 1.0 exp!6)))
 (let ((?x767 (* ?x402 ?x425)))
 (let ((?x227 (/ ?x985 ?x305)))
 (let ((?x738 (- ?x227)))
 (let ((?x504 (* 0.0 ?x738)))
 (let ((?x654 (+ ?x738 ?x504)))
 (let ((?x1009 (+ 1.0 ?x738)))
 (let ((?x420 (* 0.0 ?x1009)))
 (let ((?x193 (+ ?x420 ?x654)))
 (let ((?x427 (* ?x193 ?x767)))
 (let ((?x1003 (- ?x768)))
 (let ((?x371 (* ?x985 ?x1003)))
 (let ((?x214 (/ 1.0 (* ?x305 ?x305))))
 (let ((?x285 (* ?x214 ?x371)))
 (let ((?x799 (/ 0.0 ?x305)))
 (let ((?x168 (+ ?x799 ?x285)))
 (let ((?x251 (- ?x168)))
 (let ((?x1013 (* 0.0 ?x251)))
 (let ((?x418 (+ ?x251 ?x1013)))
 (let ((?x176 (+ ?x1013 ?x418)))
 (let ((?x601 (* ?x176 ?x402)))
 (let ((?x708 (+ ?x601 ?x427)))
 (let ((?x503 (+ ?x410 ?x327)))
 (let ((?x171 (+ ?x410 ?x503)))
 (let ((?x1002 (/ ?x768 exp!6)))
 (let ((?x389 (* ?x1002 ?x171)))
 (let ((?x991 (* ?x389 ?x193)))
 (let ((?x574 (* ?x1002 ?x176)))
 (let ((?x483 (+ ?x574 ?x991)))
 (let ((?x162 (+ ?x483 ?x708)))
 (let ((?x223 (+ ?x504 ?x504)))
 (let ((?x394 (+ ?x1009 ?x223)))
 (let ((?x1014 (+ ?x410 ?x266)))
 (let ((?x217 (+ ?x242 ?x1014)))
 (let ((?x727 (/ ?x985 exp!6)))
 (let ((?x406 (* ?x727 ?x217)))
 (let ((?x1017 (* ?x406 ?x394)))
 (let ((?x637 (+ ?x1013 ?x1013)))
 (let ((?x409 (+ ?x251 ?x637)))
 (let ((?x160 (* ?x727 ?x409)))
 (let ((?x742 (+ ?x160 ?x1017)))
 (let ((?x996 (+ ?x742 ?x162)))
 (or (and (distinct 0.0 ?x996) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!863 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!863) (< exp!1 exp!6)))
(assert
 (= (< log!863 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!863) (< exp!2 exp!6)))
(assert
 (= (< log!863 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!863) (< exp!3 exp!6)))
(assert
 (= (< log!863 log!414) (< exp!6 exp!4)))
(assert
 (= (< log!414 log!863) (< exp!4 exp!6)))
(assert
 (= (< log!863 log!638) (< exp!6 exp!5)))
(assert
 (= (< log!638 log!863) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!863 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!863)))
(assert
 (let ((?x459 (* 1.0 exp!2)))
(let ((?x768 (/ ?x459 exp!1)))
(let ((?x188 (+ 1.0 ?x768)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x985 (/ ?x55 exp!1)))
(let ((?x305 (+ ?x985 ?x188)))
(=> (> ?x305 0.0) (= exp!6 ?x305)))))))))
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
(declare-fun log!414 () Real)
(declare-fun log!638 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!863 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (< 0.0 ?x703))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let (($x532 (= 0.0 ?x703)))
 (not $x532)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (let ((?x255 (/ ?x702 ?x703)))
 (let ((?x260 (- ?x255)))
 (let ((?x207 (+ 1.0 ?x260)))
 (let ((?x208 (* 0.0 ?x207)))
 (let ((?x444 (+ ?x260 ?x208)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x319 (+ ?x261 ?x444)))
 (let ((?x440 (/ ?x155 exp!5)))
 (let ((?x320 (* ?x440 ?x319)))
 (let ((?x204 (/ 1.0 ?x703)))
 (let ((?x210 (- ?x204)))
 (let ((?x215 (* 0.0 ?x210)))
 (let ((?x174 (+ ?x210 ?x215)))
 (let ((?x211 (+ 1.0 ?x210)))
 (let ((?x173 (* 0.0 ?x211)))
 (let ((?x308 (+ ?x173 ?x174)))
 (let ((?x317 (* ?x308 ?x320)))
 (let ((?x348 (- ?x702)))
 (let ((?x347 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x186 (* ?x347 ?x348)))
 (let ((?x349 (/ 0.0 ?x703)))
 (let ((?x235 (+ ?x349 ?x186)))
 (let ((?x259 (- ?x235)))
 (let ((?x230 (* 0.0 ?x259)))
 (let ((?x325 (+ ?x259 ?x230)))
 (let ((?x179 (+ ?x230 ?x325)))
 (let ((?x442 (* ?x179 ?x440)))
 (let ((?x318 (+ ?x442 ?x317)))
 (let ((?x182 (+ ?x261 ?x207)))
 (let ((?x280 (+ ?x261 ?x182)))
 (let ((?x180 (/ ?x702 exp!5)))
 (let ((?x281 (* ?x180 ?x280)))
 (let ((?x312 (* ?x281 ?x308)))
 (let ((?x181 (* ?x180 ?x179)))
 (let ((?x313 (+ ?x181 ?x312)))
 (let ((?x185 (+ ?x313 ?x318)))
 (let ((?x231 (+ ?x215 ?x215)))
 (let ((?x232 (+ ?x211 ?x231)))
 (let ((?x200 (+ ?x261 ?x208)))
 (let ((?x203 (+ ?x260 ?x200)))
 (let ((?x264 (/ 1.0 exp!5)))
 (let ((?x209 (* ?x264 ?x203)))
 (let ((?x212 (* ?x209 ?x232)))
 (let ((?x262 (+ ?x230 ?x230)))
 (let ((?x263 (+ ?x259 ?x262)))
 (let ((?x254 (* ?x264 ?x263)))
 (let ((?x265 (+ ?x254 ?x212)))
 (let ((?x333 (+ ?x265 ?x185)))
 (or (and (distinct 0.0 ?x333) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!863 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!863) (< exp!1 exp!6)))
(assert
 (= (< log!863 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!863) (< exp!2 exp!6)))
(assert
 (= (< log!863 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!863) (< exp!3 exp!6)))
(assert
 (= (< log!863 log!414) (< exp!6 exp!4)))
(assert
 (= (< log!414 log!863) (< exp!4 exp!6)))
(assert
 (= (< log!863 log!638) (< exp!6 exp!5)))
(assert
 (= (< log!638 log!863) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!863 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!863)))
(assert
 (let ((?x459 (* 1.0 exp!2)))
(let ((?x768 (/ ?x459 exp!1)))
(let ((?x188 (+ 1.0 ?x768)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x985 (/ ?x55 exp!1)))
(let ((?x305 (+ ?x985 ?x188)))
(=> (> ?x305 0.0) (= exp!6 ?x305)))))))))
(check-sat)
(pop 1)
