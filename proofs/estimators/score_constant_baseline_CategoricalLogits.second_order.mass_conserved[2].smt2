; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[2]', verdict proved
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
 (let ((?x226 (/ ?x155 exp!5)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let ((?x232 (/ 1.0 ?x698)))
 (let ((?x373 (- ?x232)))
 (let ((?x406 (* 0.0 ?x373)))
 (let ((?x303 (+ ?x373 ?x406)))
 (let ((?x395 (+ 1.0 ?x373)))
 (let ((?x174 (* 0.0 ?x395)))
 (let ((?x307 (+ ?x174 ?x303)))
 (let ((?x243 (* ?x307 ?x226)))
 (let ((?x215 (/ ?x697 ?x698)))
 (let ((?x186 (- ?x215)))
 (let ((?x233 (+ 1.0 ?x186)))
 (let ((?x268 (* 0.0 ?x233)))
 (let ((?x228 (+ ?x186 ?x268)))
 (let ((?x230 (* 0.0 ?x186)))
 (let ((?x242 (+ ?x230 ?x228)))
 (let ((?x239 (* ?x242 ?x243)))
 (let ((?x343 (- ?x697)))
 (let ((?x342 (/ 1.0 (* ?x698 ?x698))))
 (let ((?x207 (* ?x342 ?x343)))
 (let ((?x344 (/ 0.0 ?x698)))
 (let ((?x208 (+ ?x344 ?x207)))
 (let ((?x200 (- ?x208)))
 (let ((?x203 (* 0.0 ?x200)))
 (let ((?x320 (+ ?x200 ?x203)))
 (let ((?x179 (+ ?x203 ?x320)))
 (let ((?x227 (* ?x179 ?x226)))
 (let ((?x240 (+ ?x227 ?x239)))
 (let ((?x180 (/ ?x697 exp!5)))
 (let ((?x308 (* ?x180 ?x307)))
 (let ((?x182 (+ ?x230 ?x233)))
 (let ((?x173 (+ ?x230 ?x182)))
 (let ((?x309 (* ?x173 ?x308)))
 (let ((?x181 (* ?x180 ?x179)))
 (let ((?x311 (+ ?x181 ?x309)))
 (let ((?x244 (+ ?x311 ?x240)))
 (let ((?x379 (+ ?x406 ?x406)))
 (let ((?x400 (+ ?x395 ?x379)))
 (let ((?x210 (/ 1.0 exp!5)))
 (let ((?x410 (* ?x210 ?x400)))
 (let ((?x278 (+ ?x230 ?x268)))
 (let ((?x231 (+ ?x186 ?x278)))
 (let ((?x412 (* ?x231 ?x410)))
 (let ((?x209 (+ ?x203 ?x203)))
 (let ((?x204 (+ ?x200 ?x209)))
 (let ((?x211 (* ?x210 ?x204)))
 (let ((?x212 (+ ?x211 ?x412)))
 (let ((?x245 (+ ?x212 ?x244)))
 (or (and (distinct 0.0 ?x245) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x323 (/ ?x460 exp!1)))
 (let ((?x635 (+ 1.0 ?x323)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x363 (/ ?x55 exp!1)))
 (let ((?x813 (+ ?x363 ?x635)))
 (< 0.0 ?x813))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x323 (/ ?x460 exp!1)))
 (let ((?x635 (+ 1.0 ?x323)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x363 (/ ?x55 exp!1)))
 (let ((?x813 (+ ?x363 ?x635)))
 (let (($x608 (= 0.0 ?x813)))
 (not $x608)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x323 (/ ?x460 exp!1)))
 (let ((?x635 (+ 1.0 ?x323)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x363 (/ ?x55 exp!1)))
 (let ((?x813 (+ ?x363 ?x635)))
 (let (($x608 (= 0.0 ?x813)))
 (not $x608)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x323 (/ ?x460 exp!1)))
 (let ((?x635 (+ 1.0 ?x323)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x363 (/ ?x55 exp!1)))
 (let ((?x813 (+ ?x363 ?x635)))
 (let (($x608 (= 0.0 ?x813)))
 (not $x608)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x323 (/ ?x460 exp!1)))
 (let ((?x635 (+ 1.0 ?x323)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x363 (/ ?x55 exp!1)))
 (let ((?x813 (+ ?x363 ?x635)))
 (let (($x608 (= 0.0 ?x813)))
 (not $x608)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x323 (/ ?x460 exp!1)))
 (let ((?x635 (+ 1.0 ?x323)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x363 (/ ?x55 exp!1)))
 (let ((?x813 (+ ?x363 ?x635)))
 (let (($x608 (= 0.0 ?x813)))
 (not $x608)))))))))
(assert
 (let ((?x175 (/ 1.0 exp!6)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x323 (/ ?x460 exp!1)))
 (let ((?x635 (+ 1.0 ?x323)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x363 (/ ?x55 exp!1)))
 (let ((?x813 (+ ?x363 ?x635)))
 (let ((?x188 (/ ?x363 ?x813)))
 (let ((?x167 (- ?x188)))
 (let ((?x1005 (* 0.0 ?x167)))
 (let ((?x398 (+ ?x167 ?x1005)))
 (let ((?x721 (+ 1.0 ?x167)))
 (let ((?x787 (* 0.0 ?x721)))
 (let ((?x718 (+ ?x787 ?x398)))
 (let ((?x764 (* ?x718 ?x175)))
 (let ((?x191 (/ ?x323 ?x813)))
 (let ((?x423 (- ?x191)))
 (let ((?x246 (+ 1.0 ?x423)))
 (let ((?x411 (* 0.0 ?x246)))
 (let ((?x995 (+ ?x423 ?x411)))
 (let ((?x415 (* 0.0 ?x423)))
 (let ((?x484 (+ ?x415 ?x995)))
 (let ((?x770 (* ?x484 ?x764)))
 (let ((?x361 (- ?x363)))
 (let ((?x655 (* ?x323 ?x361)))
 (let ((?x435 (/ 1.0 (* ?x813 ?x813))))
 (let ((?x318 (* ?x435 ?x655)))
 (let ((?x367 (/ 0.0 ?x813)))
 (let ((?x169 (+ ?x367 ?x318)))
 (let ((?x279 (- ?x169)))
 (let ((?x1009 (* 0.0 ?x279)))
 (let ((?x349 (+ ?x279 ?x1009)))
 (let ((?x216 (+ ?x1009 ?x349)))
 (let ((?x461 (* ?x216 ?x175)))
 (let ((?x577 (+ ?x461 ?x770)))
 (let ((?x998 (/ ?x323 exp!6)))
 (let ((?x162 (* ?x998 ?x718)))
 (let ((?x647 (+ ?x415 ?x246)))
 (let ((?x812 (+ ?x415 ?x647)))
 (let ((?x987 (* ?x812 ?x162)))
 (let ((?x566 (* ?x998 ?x216)))
 (let ((?x794 (+ ?x566 ?x987)))
 (let ((?x425 (+ ?x794 ?x577)))
 (let ((?x275 (+ ?x1005 ?x1005)))
 (let ((?x321 (+ ?x721 ?x275)))
 (let ((?x267 (/ ?x363 exp!6)))
 (let ((?x481 (* ?x267 ?x321)))
 (let ((?x1010 (+ ?x415 ?x411)))
 (let ((?x382 (+ ?x423 ?x1010)))
 (let ((?x214 (* ?x382 ?x481)))
 (let ((?x304 (+ ?x1009 ?x1009)))
 (let ((?x221 (+ ?x279 ?x304)))
 (let ((?x396 (* ?x267 ?x221)))
 (let ((?x743 (+ ?x396 ?x214)))
 (let ((?x992 (+ ?x743 ?x425)))
 (or (and (distinct 0.0 ?x992) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (=> (> ?x698 0.0) (= exp!5 ?x698)))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
(let ((?x323 (/ ?x460 exp!1)))
(let ((?x635 (+ 1.0 ?x323)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x363 (/ ?x55 exp!1)))
(let ((?x813 (+ ?x363 ?x635)))
(=> (> ?x813 0.0) (= exp!6 ?x813)))))))))
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
 (let ((?x226 (/ ?x155 exp!5)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let ((?x232 (/ 1.0 ?x698)))
 (let ((?x373 (- ?x232)))
 (let ((?x406 (* 0.0 ?x373)))
 (let ((?x303 (+ ?x373 ?x406)))
 (let ((?x395 (+ 1.0 ?x373)))
 (let ((?x174 (* 0.0 ?x395)))
 (let ((?x307 (+ ?x174 ?x303)))
 (let ((?x243 (* ?x307 ?x226)))
 (let ((?x215 (/ ?x697 ?x698)))
 (let ((?x186 (- ?x215)))
 (let ((?x233 (+ 1.0 ?x186)))
 (let ((?x268 (* 0.0 ?x233)))
 (let ((?x228 (+ ?x186 ?x268)))
 (let ((?x230 (* 0.0 ?x186)))
 (let ((?x242 (+ ?x230 ?x228)))
 (let ((?x239 (* ?x242 ?x243)))
 (let ((?x343 (- ?x697)))
 (let ((?x342 (/ 1.0 (* ?x698 ?x698))))
 (let ((?x207 (* ?x342 ?x343)))
 (let ((?x344 (/ 0.0 ?x698)))
 (let ((?x208 (+ ?x344 ?x207)))
 (let ((?x200 (- ?x208)))
 (let ((?x203 (* 0.0 ?x200)))
 (let ((?x320 (+ ?x200 ?x203)))
 (let ((?x179 (+ ?x203 ?x320)))
 (let ((?x227 (* ?x179 ?x226)))
 (let ((?x240 (+ ?x227 ?x239)))
 (let ((?x180 (/ ?x697 exp!5)))
 (let ((?x308 (* ?x180 ?x307)))
 (let ((?x182 (+ ?x230 ?x233)))
 (let ((?x173 (+ ?x230 ?x182)))
 (let ((?x309 (* ?x173 ?x308)))
 (let ((?x181 (* ?x180 ?x179)))
 (let ((?x311 (+ ?x181 ?x309)))
 (let ((?x244 (+ ?x311 ?x240)))
 (let ((?x379 (+ ?x406 ?x406)))
 (let ((?x400 (+ ?x395 ?x379)))
 (let ((?x210 (/ 1.0 exp!5)))
 (let ((?x410 (* ?x210 ?x400)))
 (let ((?x278 (+ ?x230 ?x268)))
 (let ((?x231 (+ ?x186 ?x278)))
 (let ((?x412 (* ?x231 ?x410)))
 (let ((?x209 (+ ?x203 ?x203)))
 (let ((?x204 (+ ?x200 ?x209)))
 (let ((?x211 (* ?x210 ?x204)))
 (let ((?x212 (+ ?x211 ?x412)))
 (let ((?x245 (+ ?x212 ?x244)))
 (or (and (distinct 0.0 ?x245) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (=> (> ?x698 0.0) (= exp!5 ?x698)))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
(let ((?x323 (/ ?x460 exp!1)))
(let ((?x635 (+ 1.0 ?x323)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x363 (/ ?x55 exp!1)))
(let ((?x813 (+ ?x363 ?x635)))
(=> (> ?x813 0.0) (= exp!6 ?x813)))))))))
(check-sat)
(pop 1)
