; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[2]', verdict proved
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
 (let ((?x142 (/ ?x36 exp!4)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x116 (/ ?x56 ?x57)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (* 0.0 ?x117)))
 (let ((?x135 (+ ?x117 ?x119)))
 (let ((?x118 (+ 1.0 ?x117)))
 (let ((?x134 (* 0.0 ?x118)))
 (let ((?x136 (+ ?x134 ?x135)))
 (let ((?x146 (* ?x136 ?x142)))
 (let ((?x109 (/ 1.0 ?x57)))
 (let ((?x110 (- ?x109)))
 (let ((?x112 (+ 1.0 ?x110)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x144 (+ ?x110 ?x113)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x145 (+ ?x111 ?x144)))
 (let ((?x147 (* ?x145 ?x146)))
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
 (let ((?x130 (/ 1.0 exp!4)))
 (let ((?x137 (* ?x130 ?x136)))
 (let ((?x132 (+ ?x111 ?x112)))
 (let ((?x133 (+ ?x111 ?x132)))
 (let ((?x138 (* ?x133 ?x137)))
 (let ((?x131 (* ?x130 ?x129)))
 (let ((?x139 (+ ?x131 ?x138)))
 (let ((?x149 (+ ?x139 ?x148)))
 (let ((?x120 (+ ?x119 ?x119)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x107 (/ ?x56 exp!4)))
 (let ((?x122 (* ?x107 ?x121)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (+ ?x110 ?x114)))
 (let ((?x123 (* ?x115 ?x122)))
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
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (< 0.0 ?x698)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x227 (/ ?x155 exp!5)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let ((?x415 (/ 1.0 ?x698)))
 (let ((?x416 (- ?x415)))
 (let ((?x413 (* 0.0 ?x416)))
 (let ((?x307 (+ ?x416 ?x413)))
 (let ((?x417 (+ 1.0 ?x416)))
 (let ((?x303 (* 0.0 ?x417)))
 (let ((?x308 (+ ?x303 ?x307)))
 (let ((?x239 (* ?x308 ?x227)))
 (let ((?x215 (/ ?x697 ?x698)))
 (let ((?x186 (- ?x215)))
 (let ((?x233 (+ 1.0 ?x186)))
 (let ((?x268 (* 0.0 ?x233)))
 (let ((?x242 (+ ?x186 ?x268)))
 (let ((?x230 (* 0.0 ?x186)))
 (let ((?x243 (+ ?x230 ?x242)))
 (let ((?x240 (* ?x243 ?x239)))
 (let ((?x343 (- ?x697)))
 (let ((?x342 (/ 1.0 (* ?x698 ?x698))))
 (let ((?x207 (* ?x342 ?x343)))
 (let ((?x344 (/ 0.0 ?x698)))
 (let ((?x208 (+ ?x344 ?x207)))
 (let ((?x200 (- ?x208)))
 (let ((?x203 (* 0.0 ?x200)))
 (let ((?x179 (+ ?x200 ?x203)))
 (let ((?x180 (+ ?x203 ?x179)))
 (let ((?x228 (* ?x180 ?x227)))
 (let ((?x244 (+ ?x228 ?x240)))
 (let ((?x181 (/ ?x697 exp!5)))
 (let ((?x309 (* ?x181 ?x308)))
 (let ((?x173 (+ ?x230 ?x233)))
 (let ((?x174 (+ ?x230 ?x173)))
 (let ((?x311 (* ?x174 ?x309)))
 (let ((?x182 (* ?x181 ?x180)))
 (let ((?x194 (+ ?x182 ?x311)))
 (let ((?x245 (+ ?x194 ?x244)))
 (let ((?x414 (+ ?x413 ?x413)))
 (let ((?x231 (+ ?x417 ?x414)))
 (let ((?x210 (/ 1.0 exp!5)))
 (let ((?x232 (* ?x210 ?x231)))
 (let ((?x278 (+ ?x230 ?x268)))
 (let ((?x373 (+ ?x186 ?x278)))
 (let ((?x212 (* ?x373 ?x232)))
 (let ((?x209 (+ ?x203 ?x203)))
 (let ((?x204 (+ ?x200 ?x209)))
 (let ((?x211 (* ?x210 ?x204)))
 (let ((?x276 (+ ?x211 ?x212)))
 (let ((?x251 (+ ?x276 ?x245)))
 (or (and (distinct 0.0 ?x251) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(let ((?x697 (/ (* 1.0 exp!2) exp!3)))
(let ((?x680 (+ ?x697 ?x155)))
(let ((?x698 (+ 1.0 ?x680)))
(=> (> ?x698 0.0) (= exp!5 ?x698))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x736 (/ ?x460 exp!1)))
 (let ((?x216 (+ 1.0 ?x736)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x398 (/ ?x55 exp!1)))
 (let ((?x304 (+ ?x398 ?x216)))
 (< 0.0 ?x304))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x736 (/ ?x460 exp!1)))
 (let ((?x216 (+ 1.0 ?x736)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x398 (/ ?x55 exp!1)))
 (let ((?x304 (+ ?x398 ?x216)))
 (let (($x418 (= 0.0 ?x304)))
 (not $x418)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x736 (/ ?x460 exp!1)))
 (let ((?x216 (+ 1.0 ?x736)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x398 (/ ?x55 exp!1)))
 (let ((?x304 (+ ?x398 ?x216)))
 (let (($x418 (= 0.0 ?x304)))
 (not $x418)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x736 (/ ?x460 exp!1)))
 (let ((?x216 (+ 1.0 ?x736)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x398 (/ ?x55 exp!1)))
 (let ((?x304 (+ ?x398 ?x216)))
 (let (($x418 (= 0.0 ?x304)))
 (not $x418)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x736 (/ ?x460 exp!1)))
 (let ((?x216 (+ 1.0 ?x736)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x398 (/ ?x55 exp!1)))
 (let ((?x304 (+ ?x398 ?x216)))
 (let (($x418 (= 0.0 ?x304)))
 (not $x418)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x736 (/ ?x460 exp!1)))
 (let ((?x216 (+ 1.0 ?x736)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x398 (/ ?x55 exp!1)))
 (let ((?x304 (+ ?x398 ?x216)))
 (let (($x418 (= 0.0 ?x304)))
 (not $x418)))))))))
(assert
 (let ((?x287 (/ 1.0 exp!6)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x736 (/ ?x460 exp!1)))
 (let ((?x216 (+ 1.0 ?x736)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x398 (/ ?x55 exp!1)))
 (let ((?x304 (+ ?x398 ?x216)))
 (let ((?x380 (/ ?x398 ?x304)))
 (let ((?x229 (- ?x380)))
 (let ((?x1001 (* 0.0 ?x229)))
 (let ((?x270 (+ ?x229 ?x1001)))
 (let ((?x766 (+ 1.0 ?x229)))
 (let ((?x162 (* 0.0 ?x766)))
 (let ((?x649 (+ ?x162 ?x270)))
 (let ((?x362 (* ?x649 ?x287)))
 (let ((?x361 (/ ?x736 ?x304)))
 (let ((?x359 (- ?x361)))
 (let ((?x422 (+ 1.0 ?x359)))
 (let ((?x770 (* 0.0 ?x422)))
 (let ((?x282 (+ ?x359 ?x770)))
 (let ((?x358 (* 0.0 ?x359)))
 (let ((?x379 (+ ?x358 ?x282)))
 (let ((?x375 (* ?x379 ?x362)))
 (let ((?x265 (- ?x398)))
 (let ((?x574 (* ?x736 ?x265)))
 (let ((?x298 (/ 1.0 (* ?x304 ?x304))))
 (let ((?x386 (* ?x298 ?x574)))
 (let ((?x301 (/ 0.0 ?x304)))
 (let ((?x300 (+ ?x301 ?x386)))
 (let ((?x259 (- ?x300)))
 (let ((?x1005 (* 0.0 ?x259)))
 (let ((?x254 (+ ?x259 ?x1005)))
 (let ((?x327 (+ ?x1005 ?x254)))
 (let ((?x596 (* ?x327 ?x287)))
 (let ((?x703 (+ ?x596 ?x375)))
 (let ((?x994 (/ ?x736 exp!6)))
 (let ((?x330 (* ?x994 ?x649)))
 (let ((?x715 (+ ?x358 ?x422)))
 (let ((?x324 (+ ?x358 ?x715)))
 (let ((?x983 (* ?x324 ?x330)))
 (let ((?x569 (* ?x994 ?x327)))
 (let ((?x752 (+ ?x569 ?x983)))
 (let ((?x985 (+ ?x752 ?x703)))
 (let ((?x412 (+ ?x1001 ?x1001)))
 (let ((?x310 (+ ?x766 ?x412)))
 (let ((?x368 (/ ?x398 exp!6)))
 (let ((?x263 (* ?x368 ?x310)))
 (let ((?x1006 (+ ?x358 ?x770)))
 (let ((?x394 (+ ?x359 ?x1006)))
 (let ((?x335 (* ?x394 ?x263)))
 (let ((?x563 (+ ?x1005 ?x1005)))
 (let ((?x997 (+ ?x259 ?x563)))
 (let ((?x299 (* ?x368 ?x997)))
 (let ((?x528 (+ ?x299 ?x335)))
 (let ((?x988 (+ ?x528 ?x985)))
 (or (and (distinct 0.0 ?x988) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (=> (> ?x698 0.0) (= exp!5 ?x698)))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
(let ((?x736 (/ ?x460 exp!1)))
(let ((?x216 (+ 1.0 ?x736)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x398 (/ ?x55 exp!1)))
(let ((?x304 (+ ?x398 ?x216)))
(=> (> ?x304 0.0) (= exp!6 ?x304)))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (< 0.0 ?x698))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let (($x527 (= 0.0 ?x698)))
 (not $x527)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x227 (/ ?x155 exp!5)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let ((?x415 (/ 1.0 ?x698)))
 (let ((?x416 (- ?x415)))
 (let ((?x413 (* 0.0 ?x416)))
 (let ((?x307 (+ ?x416 ?x413)))
 (let ((?x417 (+ 1.0 ?x416)))
 (let ((?x303 (* 0.0 ?x417)))
 (let ((?x308 (+ ?x303 ?x307)))
 (let ((?x239 (* ?x308 ?x227)))
 (let ((?x215 (/ ?x697 ?x698)))
 (let ((?x186 (- ?x215)))
 (let ((?x233 (+ 1.0 ?x186)))
 (let ((?x268 (* 0.0 ?x233)))
 (let ((?x242 (+ ?x186 ?x268)))
 (let ((?x230 (* 0.0 ?x186)))
 (let ((?x243 (+ ?x230 ?x242)))
 (let ((?x240 (* ?x243 ?x239)))
 (let ((?x343 (- ?x697)))
 (let ((?x342 (/ 1.0 (* ?x698 ?x698))))
 (let ((?x207 (* ?x342 ?x343)))
 (let ((?x344 (/ 0.0 ?x698)))
 (let ((?x208 (+ ?x344 ?x207)))
 (let ((?x200 (- ?x208)))
 (let ((?x203 (* 0.0 ?x200)))
 (let ((?x179 (+ ?x200 ?x203)))
 (let ((?x180 (+ ?x203 ?x179)))
 (let ((?x228 (* ?x180 ?x227)))
 (let ((?x244 (+ ?x228 ?x240)))
 (let ((?x181 (/ ?x697 exp!5)))
 (let ((?x309 (* ?x181 ?x308)))
 (let ((?x173 (+ ?x230 ?x233)))
 (let ((?x174 (+ ?x230 ?x173)))
 (let ((?x311 (* ?x174 ?x309)))
 (let ((?x182 (* ?x181 ?x180)))
 (let ((?x194 (+ ?x182 ?x311)))
 (let ((?x245 (+ ?x194 ?x244)))
 (let ((?x414 (+ ?x413 ?x413)))
 (let ((?x231 (+ ?x417 ?x414)))
 (let ((?x210 (/ 1.0 exp!5)))
 (let ((?x232 (* ?x210 ?x231)))
 (let ((?x278 (+ ?x230 ?x268)))
 (let ((?x373 (+ ?x186 ?x278)))
 (let ((?x212 (* ?x373 ?x232)))
 (let ((?x209 (+ ?x203 ?x203)))
 (let ((?x204 (+ ?x200 ?x209)))
 (let ((?x211 (* ?x210 ?x204)))
 (let ((?x276 (+ ?x211 ?x212)))
 (let ((?x251 (+ ?x276 ?x245)))
 (or (and (distinct 0.0 ?x251) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (=> (> ?x698 0.0) (= exp!5 ?x698)))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
(let ((?x736 (/ ?x460 exp!1)))
(let ((?x216 (+ 1.0 ?x736)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x398 (/ ?x55 exp!1)))
(let ((?x304 (+ ?x398 ?x216)))
(=> (> ?x304 0.0) (= exp!6 ?x304)))))))))
(check-sat)
(pop 1)
