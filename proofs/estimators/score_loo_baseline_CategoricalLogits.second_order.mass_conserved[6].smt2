; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[6]', verdict proved
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
(declare-fun log!415 () Real)
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
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
(declare-fun log!415 () Real)
(declare-fun log!639 () Real)
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
 (let ((?x312 (+ ?x260 ?x208)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x313 (+ ?x261 ?x312)))
 (let ((?x174 (/ ?x155 exp!5)))
 (let ((?x314 (* ?x174 ?x313)))
 (let ((?x204 (/ 1.0 ?x703)))
 (let ((?x210 (- ?x204)))
 (let ((?x215 (* 0.0 ?x210)))
 (let ((?x180 (+ ?x210 ?x215)))
 (let ((?x211 (+ 1.0 ?x210)))
 (let ((?x179 (* 0.0 ?x211)))
 (let ((?x181 (+ ?x179 ?x180)))
 (let ((?x316 (* ?x181 ?x314)))
 (let ((?x348 (- ?x702)))
 (let ((?x347 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x186 (* ?x347 ?x348)))
 (let ((?x349 (/ 0.0 ?x703)))
 (let ((?x235 (+ ?x349 ?x186)))
 (let ((?x259 (- ?x235)))
 (let ((?x230 (* 0.0 ?x259)))
 (let ((?x232 (+ ?x259 ?x230)))
 (let ((?x212 (+ ?x230 ?x232)))
 (let ((?x308 (* ?x212 ?x174)))
 (let ((?x319 (+ ?x308 ?x316)))
 (let ((?x270 (+ ?x261 ?x207)))
 (let ((?x324 (+ ?x261 ?x270)))
 (let ((?x265 (/ ?x702 exp!5)))
 (let ((?x325 (* ?x265 ?x324)))
 (let ((?x182 (* ?x325 ?x181)))
 (let ((?x268 (* ?x265 ?x212)))
 (let ((?x280 (+ ?x268 ?x182)))
 (let ((?x320 (+ ?x280 ?x319)))
 (let ((?x378 (+ ?x215 ?x215)))
 (let ((?x420 (+ ?x211 ?x378)))
 (let ((?x200 (+ ?x261 ?x208)))
 (let ((?x203 (+ ?x260 ?x200)))
 (let ((?x264 (/ 1.0 exp!5)))
 (let ((?x209 (* ?x264 ?x203)))
 (let ((?x421 (* ?x209 ?x420)))
 (let ((?x262 (+ ?x230 ?x230)))
 (let ((?x263 (+ ?x259 ?x262)))
 (let ((?x254 (* ?x264 ?x263)))
 (let ((?x422 (+ ?x254 ?x421)))
 (let ((?x317 (+ ?x422 ?x320)))
 (or (and (distinct 0.0 ?x317) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!639 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!639) (< exp!1 exp!5)))
(assert
 (= (< log!639 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!639) (< exp!2 exp!5)))
(assert
 (= (< log!639 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!639) (< exp!3 exp!5)))
(assert
 (= (< log!639 log!415) (< exp!5 exp!4)))
(assert
 (= (< log!415 log!639) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!639 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!639)))
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
(declare-fun log!415 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!639 () Real)
(declare-fun log!864 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x622 (/ ?x459 exp!1)))
 (let ((?x220 (+ 1.0 ?x622)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x382 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x382 ?x220)))
 (< 0.0 ?x258))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x622 (/ ?x459 exp!1)))
 (let ((?x220 (+ 1.0 ?x622)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x382 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x382 ?x220)))
 (let (($x613 (= 0.0 ?x258)))
 (not $x613)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x622 (/ ?x459 exp!1)))
 (let ((?x220 (+ 1.0 ?x622)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x382 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x382 ?x220)))
 (let (($x613 (= 0.0 ?x258)))
 (not $x613)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x622 (/ ?x459 exp!1)))
 (let ((?x220 (+ 1.0 ?x622)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x382 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x382 ?x220)))
 (let (($x613 (= 0.0 ?x258)))
 (not $x613)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x622 (/ ?x459 exp!1)))
 (let ((?x220 (+ 1.0 ?x622)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x382 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x382 ?x220)))
 (let (($x613 (= 0.0 ?x258)))
 (not $x613)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x622 (/ ?x459 exp!1)))
 (let ((?x220 (+ 1.0 ?x622)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x382 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x382 ?x220)))
 (let (($x613 (= 0.0 ?x258)))
 (not $x613)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x622 (/ ?x459 exp!1)))
 (let ((?x220 (+ 1.0 ?x622)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x382 (/ ?x55 exp!1)))
 (let ((?x258 (+ ?x382 ?x220)))
 (let ((?x237 (/ ?x622 ?x258)))
 (let ((?x411 (- ?x237)))
 (let ((?x527 (+ 1.0 ?x411)))
 (let ((?x223 (* 0.0 ?x527)))
 (let ((?x243 (+ ?x411 ?x223)))
 (let ((?x190 (* 0.0 ?x411)))
 (let ((?x161 (+ ?x190 ?x243)))
 (let ((?x241 (/ 1.0 exp!6)))
 (let ((?x413 (* ?x241 ?x161)))
 (let ((?x431 (/ ?x382 ?x258)))
 (let ((?x726 (- ?x431)))
 (let ((?x671 (* 0.0 ?x726)))
 (let ((?x765 (+ ?x726 ?x671)))
 (let ((?x1010 (+ 1.0 ?x726)))
 (let ((?x364 (* 0.0 ?x1010)))
 (let ((?x408 (+ ?x364 ?x765)))
 (let ((?x602 (* ?x408 ?x413)))
 (let ((?x397 (- ?x622)))
 (let ((?x504 (* ?x382 ?x397)))
 (let ((?x392 (/ 1.0 (* ?x258 ?x258))))
 (let ((?x433 (* ?x392 ?x504)))
 (let ((?x417 (/ 0.0 ?x258)))
 (let ((?x240 (+ ?x417 ?x433)))
 (let ((?x187 (- ?x240)))
 (let ((?x1014 (* 0.0 ?x187)))
 (let ((?x178 (+ ?x187 ?x1014)))
 (let ((?x515 (+ ?x1014 ?x178)))
 (let ((?x465 (* ?x515 ?x241)))
 (let ((?x582 (+ ?x465 ?x602)))
 (let ((?x656 (+ ?x190 ?x527)))
 (let ((?x653 (+ ?x190 ?x656)))
 (let ((?x1003 (/ ?x622 exp!6)))
 (let ((?x389 (* ?x1003 ?x653)))
 (let ((?x992 (* ?x389 ?x408)))
 (let ((?x571 (* ?x1003 ?x515)))
 (let ((?x792 (+ ?x571 ?x992)))
 (let ((?x994 (+ ?x792 ?x582)))
 (let ((?x371 (+ ?x671 ?x671)))
 (let ((?x434 (+ ?x1010 ?x371)))
 (let ((?x1015 (+ ?x190 ?x223)))
 (let ((?x379 (+ ?x411 ?x1015)))
 (let ((?x757 (/ ?x382 exp!6)))
 (let ((?x384 (* ?x757 ?x379)))
 (let ((?x809 (* ?x384 ?x434)))
 (let ((?x447 (+ ?x1014 ?x1014)))
 (let ((?x1006 (+ ?x187 ?x447)))
 (let ((?x236 (* ?x757 ?x1006)))
 (let ((?x768 (+ ?x236 ?x809)))
 (let ((?x997 (+ ?x768 ?x994)))
 (or (and (distinct 0.0 ?x997) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!639 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!639) (< exp!1 exp!5)))
(assert
 (= (< log!639 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!639) (< exp!2 exp!5)))
(assert
 (= (< log!639 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!639) (< exp!3 exp!5)))
(assert
 (= (< log!639 log!415) (< exp!5 exp!4)))
(assert
 (= (< log!415 log!639) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!639 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!639)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!864 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!864) (< exp!1 exp!6)))
(assert
 (= (< log!864 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!864) (< exp!2 exp!6)))
(assert
 (= (< log!864 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!864) (< exp!3 exp!6)))
(assert
 (= (< log!864 log!415) (< exp!6 exp!4)))
(assert
 (= (< log!415 log!864) (< exp!4 exp!6)))
(assert
 (= (< log!864 log!639) (< exp!6 exp!5)))
(assert
 (= (< log!639 log!864) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!864 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!864)))
(assert
 (let ((?x459 (* 1.0 exp!2)))
(let ((?x622 (/ ?x459 exp!1)))
(let ((?x220 (+ 1.0 ?x622)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x382 (/ ?x55 exp!1)))
(let ((?x258 (+ ?x382 ?x220)))
(=> (> ?x258 0.0) (= exp!6 ?x258)))))))))
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
(declare-fun log!415 () Real)
(declare-fun log!639 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!864 () Real)
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
 (let ((?x312 (+ ?x260 ?x208)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x313 (+ ?x261 ?x312)))
 (let ((?x174 (/ ?x155 exp!5)))
 (let ((?x314 (* ?x174 ?x313)))
 (let ((?x204 (/ 1.0 ?x703)))
 (let ((?x210 (- ?x204)))
 (let ((?x215 (* 0.0 ?x210)))
 (let ((?x180 (+ ?x210 ?x215)))
 (let ((?x211 (+ 1.0 ?x210)))
 (let ((?x179 (* 0.0 ?x211)))
 (let ((?x181 (+ ?x179 ?x180)))
 (let ((?x316 (* ?x181 ?x314)))
 (let ((?x348 (- ?x702)))
 (let ((?x347 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x186 (* ?x347 ?x348)))
 (let ((?x349 (/ 0.0 ?x703)))
 (let ((?x235 (+ ?x349 ?x186)))
 (let ((?x259 (- ?x235)))
 (let ((?x230 (* 0.0 ?x259)))
 (let ((?x232 (+ ?x259 ?x230)))
 (let ((?x212 (+ ?x230 ?x232)))
 (let ((?x308 (* ?x212 ?x174)))
 (let ((?x319 (+ ?x308 ?x316)))
 (let ((?x270 (+ ?x261 ?x207)))
 (let ((?x324 (+ ?x261 ?x270)))
 (let ((?x265 (/ ?x702 exp!5)))
 (let ((?x325 (* ?x265 ?x324)))
 (let ((?x182 (* ?x325 ?x181)))
 (let ((?x268 (* ?x265 ?x212)))
 (let ((?x280 (+ ?x268 ?x182)))
 (let ((?x320 (+ ?x280 ?x319)))
 (let ((?x378 (+ ?x215 ?x215)))
 (let ((?x420 (+ ?x211 ?x378)))
 (let ((?x200 (+ ?x261 ?x208)))
 (let ((?x203 (+ ?x260 ?x200)))
 (let ((?x264 (/ 1.0 exp!5)))
 (let ((?x209 (* ?x264 ?x203)))
 (let ((?x421 (* ?x209 ?x420)))
 (let ((?x262 (+ ?x230 ?x230)))
 (let ((?x263 (+ ?x259 ?x262)))
 (let ((?x254 (* ?x264 ?x263)))
 (let ((?x422 (+ ?x254 ?x421)))
 (let ((?x317 (+ ?x422 ?x320)))
 (or (and (distinct 0.0 ?x317) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!639 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!639) (< exp!1 exp!5)))
(assert
 (= (< log!639 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!639) (< exp!2 exp!5)))
(assert
 (= (< log!639 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!639) (< exp!3 exp!5)))
(assert
 (= (< log!639 log!415) (< exp!5 exp!4)))
(assert
 (= (< log!415 log!639) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!639 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!639)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!864 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!864) (< exp!1 exp!6)))
(assert
 (= (< log!864 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!864) (< exp!2 exp!6)))
(assert
 (= (< log!864 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!864) (< exp!3 exp!6)))
(assert
 (= (< log!864 log!415) (< exp!6 exp!4)))
(assert
 (= (< log!415 log!864) (< exp!4 exp!6)))
(assert
 (= (< log!864 log!639) (< exp!6 exp!5)))
(assert
 (= (< log!639 log!864) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!864 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!864)))
(assert
 (let ((?x459 (* 1.0 exp!2)))
(let ((?x622 (/ ?x459 exp!1)))
(let ((?x220 (+ 1.0 ?x622)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x382 (/ ?x55 exp!1)))
(let ((?x258 (+ ?x382 ?x220)))
(=> (> ?x258 0.0) (= exp!6 ?x258)))))))))
(check-sat)
(pop 1)
