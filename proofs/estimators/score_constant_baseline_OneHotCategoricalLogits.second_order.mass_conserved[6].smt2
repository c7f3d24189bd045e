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
(declare-fun log!420 () Real)
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
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
(declare-fun log!420 () Real)
(declare-fun log!644 () Real)
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
 (let ((?x308 (+ ?x260 ?x208)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x312 (+ ?x261 ?x308)))
 (let ((?x173 (/ ?x155 exp!5)))
 (let ((?x313 (* ?x173 ?x312)))
 (let ((?x204 (/ 1.0 ?x703)))
 (let ((?x210 (- ?x204)))
 (let ((?x215 (* 0.0 ?x210)))
 (let ((?x179 (+ ?x210 ?x215)))
 (let ((?x211 (+ 1.0 ?x210)))
 (let ((?x325 (* 0.0 ?x211)))
 (let ((?x180 (+ ?x325 ?x179)))
 (let ((?x314 (* ?x180 ?x313)))
 (let ((?x348 (- ?x702)))
 (let ((?x347 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x186 (* ?x347 ?x348)))
 (let ((?x349 (/ 0.0 ?x703)))
 (let ((?x235 (+ ?x349 ?x186)))
 (let ((?x259 (- ?x235)))
 (let ((?x230 (* 0.0 ?x259)))
 (let ((?x415 (+ ?x259 ?x230)))
 (let ((?x417 (+ ?x230 ?x415)))
 (let ((?x174 (* ?x417 ?x173)))
 (let ((?x316 (+ ?x174 ?x314)))
 (let ((?x268 (+ ?x261 ?x207)))
 (let ((?x270 (+ ?x261 ?x268)))
 (let ((?x212 (/ ?x702 exp!5)))
 (let ((?x324 (* ?x212 ?x270)))
 (let ((?x181 (* ?x324 ?x180)))
 (let ((?x265 (* ?x212 ?x417)))
 (let ((?x182 (+ ?x265 ?x181)))
 (let ((?x319 (+ ?x182 ?x316)))
 (let ((?x231 (+ ?x215 ?x215)))
 (let ((?x232 (+ ?x211 ?x231)))
 (let ((?x200 (+ ?x261 ?x208)))
 (let ((?x203 (+ ?x260 ?x200)))
 (let ((?x264 (/ 1.0 exp!5)))
 (let ((?x209 (* ?x264 ?x203)))
 (let ((?x378 (* ?x209 ?x232)))
 (let ((?x262 (+ ?x230 ?x230)))
 (let ((?x263 (+ ?x259 ?x262)))
 (let ((?x254 (* ?x264 ?x263)))
 (let ((?x400 (+ ?x254 ?x378)))
 (let ((?x320 (+ ?x400 ?x319)))
 (or (and (distinct 0.0 ?x320) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
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
(declare-fun log!420 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!644 () Real)
(declare-fun log!869 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x398 (/ ?x459 exp!1)))
 (let ((?x408 (+ 1.0 ?x398)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x279 (/ ?x55 exp!1)))
 (let ((?x444 (+ ?x279 ?x408)))
 (< 0.0 ?x444))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x398 (/ ?x459 exp!1)))
 (let ((?x408 (+ 1.0 ?x398)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x279 (/ ?x55 exp!1)))
 (let ((?x444 (+ ?x279 ?x408)))
 (let (($x590 (= 0.0 ?x444)))
 (not $x590)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x398 (/ ?x459 exp!1)))
 (let ((?x408 (+ 1.0 ?x398)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x279 (/ ?x55 exp!1)))
 (let ((?x444 (+ ?x279 ?x408)))
 (let (($x590 (= 0.0 ?x444)))
 (not $x590)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x398 (/ ?x459 exp!1)))
 (let ((?x408 (+ 1.0 ?x398)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x279 (/ ?x55 exp!1)))
 (let ((?x444 (+ ?x279 ?x408)))
 (let (($x590 (= 0.0 ?x444)))
 (not $x590)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x398 (/ ?x459 exp!1)))
 (let ((?x408 (+ 1.0 ?x398)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x279 (/ ?x55 exp!1)))
 (let ((?x444 (+ ?x279 ?x408)))
 (let (($x590 (= 0.0 ?x444)))
 (not $x590)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x398 (/ ?x459 exp!1)))
 (let ((?x408 (+ 1.0 ?x398)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x279 (/ ?x55 exp!1)))
 (let ((?x444 (+ ?x279 ?x408)))
 (let (($x590 (= 0.0 ?x444)))
 (not $x590)))))))))
(assert
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x398 (/ ?x459 exp!1)))
 (let ((?x408 (+ 1.0 ?x398)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x279 (/ ?x55 exp!1)))
 (let ((?x444 (+ ?x279 ?x408)))
 (let ((?x245 (/ ?x398 ?x444)))
 (let ((?x216 (- ?x245)))
 (let ((?x190 (+ 1.0 ?x216)))
 (let ((?x491 (* 0.0 ?x190)))
 (let ((?x422 (+ ?x216 ?x491)))
 (let ((?x297 (* 0.0 ?x216)))
 (let ((?x614 (+ ?x297 ?x422)))
 (let ((?x421 (/ 1.0 exp!6)))
 (let ((?x228 (* ?x421 ?x614)))
 (let ((?x504 (/ ?x279 ?x444)))
 (let ((?x503 (- ?x504)))
 (let ((?x271 (* 0.0 ?x503)))
 (let ((?x796 (+ ?x503 ?x271)))
 (let ((?x1007 (+ 1.0 ?x503)))
 (let ((?x406 (* 0.0 ?x1007)))
 (let ((?x340 (+ ?x406 ?x796)))
 (let ((?x666 (* ?x340 ?x228)))
 (let ((?x490 (- ?x398)))
 (let ((?x667 (* ?x279 ?x490)))
 (let ((?x237 (/ 1.0 (* ?x444 ?x444))))
 (let ((?x217 (* ?x237 ?x667)))
 (let ((?x414 (/ 0.0 ?x444)))
 (let ((?x774 (+ ?x414 ?x217)))
 (let ((?x403 (- ?x774)))
 (let ((?x1011 (* 0.0 ?x403)))
 (let ((?x579 (+ ?x403 ?x1011)))
 (let ((?x745 (+ ?x1011 ?x579)))
 (let ((?x603 (* ?x745 ?x421)))
 (let ((?x588 (+ ?x603 ?x666)))
 (let ((?x720 (+ ?x297 ?x190)))
 (let ((?x194 (+ ?x297 ?x720)))
 (let ((?x1000 (/ ?x398 exp!6)))
 (let ((?x329 (* ?x1000 ?x194)))
 (let ((?x989 (* ?x329 ?x340)))
 (let ((?x576 (* ?x1000 ?x745)))
 (let ((?x193 (+ ?x576 ?x989)))
 (let ((?x997 (+ ?x193 ?x588)))
 (let ((?x368 (+ ?x271 ?x271)))
 (let ((?x285 (+ ?x1007 ?x368)))
 (let ((?x1012 (+ ?x297 ?x491)))
 (let ((?x322 (+ ?x216 ?x1012)))
 (let ((?x757 (/ ?x279 exp!6)))
 (let ((?x274 (* ?x757 ?x322)))
 (let ((?x296 (* ?x274 ?x285)))
 (let ((?x273 (+ ?x1011 ?x1011)))
 (let ((?x321 (+ ?x403 ?x273)))
 (let ((?x577 (* ?x757 ?x321)))
 (let ((?x753 (+ ?x577 ?x296)))
 (let ((?x994 (+ ?x753 ?x997)))
 (or (and (distinct 0.0 ?x994) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!869 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!869) (< exp!1 exp!6)))
(assert
 (= (< log!869 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!869) (< exp!2 exp!6)))
(assert
 (= (< log!869 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!869) (< exp!3 exp!6)))
(assert
 (= (< log!869 log!420) (< exp!6 exp!4)))
(assert
 (= (< log!420 log!869) (< exp!4 exp!6)))
(assert
 (= (< log!869 log!644) (< exp!6 exp!5)))
(assert
 (= (< log!644 log!869) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!869 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!869)))
(assert
 (let ((?x459 (* 1.0 exp!2)))
(let ((?x398 (/ ?x459 exp!1)))
(let ((?x408 (+ 1.0 ?x398)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x279 (/ ?x55 exp!1)))
(let ((?x444 (+ ?x279 ?x408)))
(=> (> ?x444 0.0) (= exp!6 ?x444)))))))))
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
(declare-fun log!420 () Real)
(declare-fun log!644 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!869 () Real)
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
 (let ((?x308 (+ ?x260 ?x208)))
 (let ((?x261 (* 0.0 ?x260)))
 (let ((?x312 (+ ?x261 ?x308)))
 (let ((?x173 (/ ?x155 exp!5)))
 (let ((?x313 (* ?x173 ?x312)))
 (let ((?x204 (/ 1.0 ?x703)))
 (let ((?x210 (- ?x204)))
 (let ((?x215 (* 0.0 ?x210)))
 (let ((?x179 (+ ?x210 ?x215)))
 (let ((?x211 (+ 1.0 ?x210)))
 (let ((?x325 (* 0.0 ?x211)))
 (let ((?x180 (+ ?x325 ?x179)))
 (let ((?x314 (* ?x180 ?x313)))
 (let ((?x348 (- ?x702)))
 (let ((?x347 (/ 1.0 (* ?x703 ?x703))))
 (let ((?x186 (* ?x347 ?x348)))
 (let ((?x349 (/ 0.0 ?x703)))
 (let ((?x235 (+ ?x349 ?x186)))
 (let ((?x259 (- ?x235)))
 (let ((?x230 (* 0.0 ?x259)))
 (let ((?x415 (+ ?x259 ?x230)))
 (let ((?x417 (+ ?x230 ?x415)))
 (let ((?x174 (* ?x417 ?x173)))
 (let ((?x316 (+ ?x174 ?x314)))
 (let ((?x268 (+ ?x261 ?x207)))
 (let ((?x270 (+ ?x261 ?x268)))
 (let ((?x212 (/ ?x702 exp!5)))
 (let ((?x324 (* ?x212 ?x270)))
 (let ((?x181 (* ?x324 ?x180)))
 (let ((?x265 (* ?x212 ?x417)))
 (let ((?x182 (+ ?x265 ?x181)))
 (let ((?x319 (+ ?x182 ?x316)))
 (let ((?x231 (+ ?x215 ?x215)))
 (let ((?x232 (+ ?x211 ?x231)))
 (let ((?x200 (+ ?x261 ?x208)))
 (let ((?x203 (+ ?x260 ?x200)))
 (let ((?x264 (/ 1.0 exp!5)))
 (let ((?x209 (* ?x264 ?x203)))
 (let ((?x378 (* ?x209 ?x232)))
 (let ((?x262 (+ ?x230 ?x230)))
 (let ((?x263 (+ ?x259 ?x262)))
 (let ((?x254 (* ?x264 ?x263)))
 (let ((?x400 (+ ?x254 ?x378)))
 (let ((?x320 (+ ?x400 ?x319)))
 (or (and (distinct 0.0 ?x320) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x459 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x459 exp!3)))
 (let ((?x685 (+ ?x702 ?x155)))
 (let ((?x703 (+ 1.0 ?x685)))
 (=> (> ?x703 0.0) (= exp!5 ?x703)))))))))
(assert
 (= (< log!869 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!869) (< exp!1 exp!6)))
(assert
 (= (< log!869 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!869) (< exp!2 exp!6)))
(assert
 (= (< log!869 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!869) (< exp!3 exp!6)))
(assert
 (= (< log!869 log!420) (< exp!6 exp!4)))
(assert
 (= (< log!420 log!869) (< exp!4 exp!6)))
(assert
 (= (< log!869 log!644) (< exp!6 exp!5)))
(assert
 (= (< log!644 log!869) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!869 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!869)))
(assert
 (let ((?x459 (* 1.0 exp!2)))
(let ((?x398 (/ ?x459 exp!1)))
(let ((?x408 (+ 1.0 ?x398)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x279 (/ ?x55 exp!1)))
(let ((?x444 (+ ?x279 ?x408)))
(=> (> ?x444 0.0) (= exp!6 ?x444)))))))))
(check-sat)
(pop 1)
