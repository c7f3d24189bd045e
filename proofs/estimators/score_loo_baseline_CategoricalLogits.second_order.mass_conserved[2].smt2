; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[2]', verdict proved
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
(declare-fun log!421 () Real)
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
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
(declare-fun log!421 () Real)
(declare-fun log!645 () Real)
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
 (let ((?x308 (/ ?x155 exp!5)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let ((?x395 (/ 1.0 ?x698)))
 (let ((?x406 (- ?x395)))
 (let ((?x400 (* 0.0 ?x406)))
 (let ((?x180 (+ ?x406 ?x400)))
 (let ((?x379 (+ 1.0 ?x406)))
 (let ((?x179 (* 0.0 ?x379)))
 (let ((?x181 (+ ?x179 ?x180)))
 (let ((?x195 (* ?x181 ?x308)))
 (let ((?x215 (/ ?x697 ?x698)))
 (let ((?x186 (- ?x215)))
 (let ((?x233 (+ 1.0 ?x186)))
 (let ((?x268 (* 0.0 ?x233)))
 (let ((?x311 (+ ?x186 ?x268)))
 (let ((?x230 (* 0.0 ?x186)))
 (let ((?x194 (+ ?x230 ?x311)))
 (let ((?x226 (* ?x194 ?x195)))
 (let ((?x343 (- ?x697)))
 (let ((?x342 (/ 1.0 (* ?x698 ?x698))))
 (let ((?x207 (* ?x342 ?x343)))
 (let ((?x344 (/ 0.0 ?x698)))
 (let ((?x208 (+ ?x344 ?x207)))
 (let ((?x200 (- ?x208)))
 (let ((?x203 (* 0.0 ?x200)))
 (let ((?x386 (+ ?x200 ?x203)))
 (let ((?x380 (+ ?x203 ?x386)))
 (let ((?x309 (* ?x380 ?x308)))
 (let ((?x227 (+ ?x309 ?x226)))
 (let ((?x390 (/ ?x697 exp!5)))
 (let ((?x182 (* ?x390 ?x181)))
 (let ((?x319 (+ ?x230 ?x233)))
 (let ((?x320 (+ ?x230 ?x319)))
 (let ((?x173 (* ?x320 ?x182)))
 (let ((?x392 (* ?x390 ?x380)))
 (let ((?x174 (+ ?x392 ?x173)))
 (let ((?x228 (+ ?x174 ?x227)))
 (let ((?x410 (+ ?x400 ?x400)))
 (let ((?x412 (+ ?x379 ?x410)))
 (let ((?x210 (/ 1.0 exp!5)))
 (let ((?x231 (* ?x210 ?x412)))
 (let ((?x278 (+ ?x230 ?x268)))
 (let ((?x373 (+ ?x186 ?x278)))
 (let ((?x232 (* ?x373 ?x231)))
 (let ((?x209 (+ ?x203 ?x203)))
 (let ((?x204 (+ ?x200 ?x209)))
 (let ((?x211 (* ?x210 ?x204)))
 (let ((?x212 (+ ?x211 ?x232)))
 (let ((?x242 (+ ?x212 ?x228)))
 (or (and (distinct 0.0 ?x242) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!645 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!645) (< exp!1 exp!5)))
(assert
 (= (< log!645 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!645) (< exp!2 exp!5)))
(assert
 (= (< log!645 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!645) (< exp!3 exp!5)))
(assert
 (= (< log!645 log!421) (< exp!5 exp!4)))
(assert
 (= (< log!421 log!645) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!645 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!645)))
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
(declare-fun log!421 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!645 () Real)
(declare-fun log!870 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x460 exp!1)))
 (let ((?x354 (+ 1.0 ?x362)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x708 (/ ?x55 exp!1)))
 (let ((?x403 (+ ?x708 ?x354)))
 (< 0.0 ?x403))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x460 exp!1)))
 (let ((?x354 (+ 1.0 ?x362)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x708 (/ ?x55 exp!1)))
 (let ((?x403 (+ ?x708 ?x354)))
 (let (($x777 (= 0.0 ?x403)))
 (not $x777)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x460 exp!1)))
 (let ((?x354 (+ 1.0 ?x362)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x708 (/ ?x55 exp!1)))
 (let ((?x403 (+ ?x708 ?x354)))
 (let (($x777 (= 0.0 ?x403)))
 (not $x777)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x460 exp!1)))
 (let ((?x354 (+ 1.0 ?x362)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x708 (/ ?x55 exp!1)))
 (let ((?x403 (+ ?x708 ?x354)))
 (let (($x777 (= 0.0 ?x403)))
 (not $x777)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x460 exp!1)))
 (let ((?x354 (+ 1.0 ?x362)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x708 (/ ?x55 exp!1)))
 (let ((?x403 (+ ?x708 ?x354)))
 (let (($x777 (= 0.0 ?x403)))
 (not $x777)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x460 exp!1)))
 (let ((?x354 (+ 1.0 ?x362)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x708 (/ ?x55 exp!1)))
 (let ((?x403 (+ ?x708 ?x354)))
 (let (($x777 (= 0.0 ?x403)))
 (not $x777)))))))))
(assert
 (let ((?x731 (/ 1.0 exp!6)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x460 exp!1)))
 (let ((?x354 (+ 1.0 ?x362)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x708 (/ ?x55 exp!1)))
 (let ((?x403 (+ ?x708 ?x354)))
 (let ((?x188 (/ ?x708 ?x403)))
 (let ((?x213 (- ?x188)))
 (let ((?x1006 (* 0.0 ?x213)))
 (let ((?x363 (+ ?x213 ?x1006)))
 (let ((?x814 (+ 1.0 ?x213)))
 (let ((?x166 (* 0.0 ?x814)))
 (let ((?x728 (+ ?x166 ?x363)))
 (let ((?x787 (* ?x728 ?x731)))
 (let ((?x191 (/ ?x362 ?x403)))
 (let ((?x341 (- ?x191)))
 (let ((?x608 (+ 1.0 ?x341)))
 (let ((?x442 (* 0.0 ?x608)))
 (let ((?x418 (+ ?x341 ?x442)))
 (let ((?x235 (* 0.0 ?x341)))
 (let ((?x484 (+ ?x235 ?x418)))
 (let ((?x478 (* ?x484 ?x787)))
 (let ((?x420 (- ?x708)))
 (let ((?x265 (* ?x362 ?x420)))
 (let ((?x275 (/ 1.0 (* ?x403 ?x403))))
 (let ((?x353 (* ?x275 ?x265)))
 (let ((?x492 (/ 0.0 ?x403)))
 (let ((?x247 (+ ?x492 ?x353)))
 (let ((?x221 (- ?x247)))
 (let ((?x1010 (* 0.0 ?x221)))
 (let ((?x368 (+ ?x221 ?x1010)))
 (let ((?x223 (+ ?x1010 ?x368)))
 (let ((?x595 (* ?x223 ?x731)))
 (let ((?x575 (+ ?x595 ?x478)))
 (let ((?x999 (/ ?x362 exp!6)))
 (let ((?x628 (* ?x999 ?x728)))
 (let ((?x621 (+ ?x235 ?x608)))
 (let ((?x162 (+ ?x235 ?x621)))
 (let ((?x988 (* ?x162 ?x628)))
 (let ((?x496 (* ?x999 ?x223)))
 (let ((?x396 (+ ?x496 ?x988)))
 (let ((?x801 (+ ?x396 ?x575)))
 (let ((?x383 (+ ?x1006 ?x1006)))
 (let ((?x391 (+ ?x814 ?x383)))
 (let ((?x450 (/ ?x708 exp!6)))
 (let ((?x982 (* ?x450 ?x391)))
 (let ((?x1011 (+ ?x235 ?x442)))
 (let ((?x405 (+ ?x341 ?x1011)))
 (let ((?x1014 (* ?x405 ?x982)))
 (let ((?x399 (+ ?x1010 ?x1010)))
 (let ((?x1000 (+ ?x221 ?x399)))
 (let ((?x451 (* ?x450 ?x1000)))
 (let ((?x752 (+ ?x451 ?x1014)))
 (let ((?x993 (+ ?x752 ?x801)))
 (or (and (distinct 0.0 ?x993) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!645 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!645) (< exp!1 exp!5)))
(assert
 (= (< log!645 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!645) (< exp!2 exp!5)))
(assert
 (= (< log!645 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!645) (< exp!3 exp!5)))
(assert
 (= (< log!645 log!421) (< exp!5 exp!4)))
(assert
 (= (< log!421 log!645) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!645 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!645)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (=> (> ?x698 0.0) (= exp!5 ?x698)))))))))
(assert
 (= (< log!870 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!870) (< exp!1 exp!6)))
(assert
 (= (< log!870 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!870) (< exp!2 exp!6)))
(assert
 (= (< log!870 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!870) (< exp!3 exp!6)))
(assert
 (= (< log!870 log!421) (< exp!6 exp!4)))
(assert
 (= (< log!421 log!870) (< exp!4 exp!6)))
(assert
 (= (< log!870 log!645) (< exp!6 exp!5)))
(assert
 (= (< log!645 log!870) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!870 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!870)))
(assert
 (let ((?x460 (* 1.0 exp!2)))
(let ((?x362 (/ ?x460 exp!1)))
(let ((?x354 (+ 1.0 ?x362)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x708 (/ ?x55 exp!1)))
(let ((?x403 (+ ?x708 ?x354)))
(=> (> ?x403 0.0) (= exp!6 ?x403)))))))))
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
(declare-fun log!421 () Real)
(declare-fun log!645 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!870 () Real)
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
 (let ((?x308 (/ ?x155 exp!5)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let ((?x395 (/ 1.0 ?x698)))
 (let ((?x406 (- ?x395)))
 (let ((?x400 (* 0.0 ?x406)))
 (let ((?x180 (+ ?x406 ?x400)))
 (let ((?x379 (+ 1.0 ?x406)))
 (let ((?x179 (* 0.0 ?x379)))
 (let ((?x181 (+ ?x179 ?x180)))
 (let ((?x195 (* ?x181 ?x308)))
 (let ((?x215 (/ ?x697 ?x698)))
 (let ((?x186 (- ?x215)))
 (let ((?x233 (+ 1.0 ?x186)))
 (let ((?x268 (* 0.0 ?x233)))
 (let ((?x311 (+ ?x186 ?x268)))
 (let ((?x230 (* 0.0 ?x186)))
 (let ((?x194 (+ ?x230 ?x311)))
 (let ((?x226 (* ?x194 ?x195)))
 (let ((?x343 (- ?x697)))
 (let ((?x342 (/ 1.0 (* ?x698 ?x698))))
 (let ((?x207 (* ?x342 ?x343)))
 (let ((?x344 (/ 0.0 ?x698)))
 (let ((?x208 (+ ?x344 ?x207)))
 (let ((?x200 (- ?x208)))
 (let ((?x203 (* 0.0 ?x200)))
 (let ((?x386 (+ ?x200 ?x203)))
 (let ((?x380 (+ ?x203 ?x386)))
 (let ((?x309 (* ?x380 ?x308)))
 (let ((?x227 (+ ?x309 ?x226)))
 (let ((?x390 (/ ?x697 exp!5)))
 (let ((?x182 (* ?x390 ?x181)))
 (let ((?x319 (+ ?x230 ?x233)))
 (let ((?x320 (+ ?x230 ?x319)))
 (let ((?x173 (* ?x320 ?x182)))
 (let ((?x392 (* ?x390 ?x380)))
 (let ((?x174 (+ ?x392 ?x173)))
 (let ((?x228 (+ ?x174 ?x227)))
 (let ((?x410 (+ ?x400 ?x400)))
 (let ((?x412 (+ ?x379 ?x410)))
 (let ((?x210 (/ 1.0 exp!5)))
 (let ((?x231 (* ?x210 ?x412)))
 (let ((?x278 (+ ?x230 ?x268)))
 (let ((?x373 (+ ?x186 ?x278)))
 (let ((?x232 (* ?x373 ?x231)))
 (let ((?x209 (+ ?x203 ?x203)))
 (let ((?x204 (+ ?x200 ?x209)))
 (let ((?x211 (* ?x210 ?x204)))
 (let ((?x212 (+ ?x211 ?x232)))
 (let ((?x242 (+ ?x212 ?x228)))
 (or (and (distinct 0.0 ?x242) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!645 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!645) (< exp!1 exp!5)))
(assert
 (= (< log!645 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!645) (< exp!2 exp!5)))
(assert
 (= (< log!645 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!645) (< exp!3 exp!5)))
(assert
 (= (< log!645 log!421) (< exp!5 exp!4)))
(assert
 (= (< log!421 log!645) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!645 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!645)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (=> (> ?x698 0.0) (= exp!5 ?x698)))))))))
(assert
 (= (< log!870 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!870) (< exp!1 exp!6)))
(assert
 (= (< log!870 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!870) (< exp!2 exp!6)))
(assert
 (= (< log!870 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!870) (< exp!3 exp!6)))
(assert
 (= (< log!870 log!421) (< exp!6 exp!4)))
(assert
 (= (< log!421 log!870) (< exp!4 exp!6)))
(assert
 (= (< log!870 log!645) (< exp!6 exp!5)))
(assert
 (= (< log!645 log!870) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!870 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!870)))
(assert
 (let ((?x460 (* 1.0 exp!2)))
(let ((?x362 (/ ?x460 exp!1)))
(let ((?x354 (+ 1.0 ?x362)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x708 (/ ?x55 exp!1)))
(let ((?x403 (+ ?x708 ?x354)))
(=> (> ?x403 0.0) (= exp!6 ?x403)))))))))
(check-sat)
(pop 1)
