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
 (let ((?x244 (/ ?x155 exp!5)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let ((?x232 (/ 1.0 ?x698)))
 (let ((?x212 (- ?x232)))
 (let ((?x277 (* 0.0 ?x212)))
 (let ((?x226 (+ ?x212 ?x277)))
 (let ((?x276 (+ 1.0 ?x212)))
 (let ((?x195 (* 0.0 ?x276)))
 (let ((?x227 (+ ?x195 ?x226)))
 (let ((?x253 (* ?x227 ?x244)))
 (let ((?x215 (/ ?x697 ?x698)))
 (let ((?x186 (- ?x215)))
 (let ((?x233 (+ 1.0 ?x186)))
 (let ((?x268 (* 0.0 ?x233)))
 (let ((?x251 (+ ?x186 ?x268)))
 (let ((?x230 (* 0.0 ?x186)))
 (let ((?x252 (+ ?x230 ?x251)))
 (let ((?x255 (* ?x252 ?x253)))
 (let ((?x343 (- ?x697)))
 (let ((?x342 (/ 1.0 (* ?x698 ?x698))))
 (let ((?x207 (* ?x342 ?x343)))
 (let ((?x344 (/ 0.0 ?x698)))
 (let ((?x208 (+ ?x344 ?x207)))
 (let ((?x200 (- ?x208)))
 (let ((?x203 (* 0.0 ?x200)))
 (let ((?x303 (+ ?x200 ?x203)))
 (let ((?x307 (+ ?x203 ?x303)))
 (let ((?x245 (* ?x307 ?x244)))
 (let ((?x256 (+ ?x245 ?x255)))
 (let ((?x308 (/ ?x697 exp!5)))
 (let ((?x228 (* ?x308 ?x227)))
 (let ((?x311 (+ ?x230 ?x233)))
 (let ((?x194 (+ ?x230 ?x311)))
 (let ((?x242 (* ?x194 ?x228)))
 (let ((?x309 (* ?x308 ?x307)))
 (let ((?x243 (+ ?x309 ?x242)))
 (let ((?x261 (+ ?x243 ?x256)))
 (let ((?x319 (+ ?x277 ?x277)))
 (let ((?x320 (+ ?x276 ?x319)))
 (let ((?x210 (/ 1.0 exp!5)))
 (let ((?x179 (* ?x210 ?x320)))
 (let ((?x278 (+ ?x230 ?x268)))
 (let ((?x231 (+ ?x186 ?x278)))
 (let ((?x180 (* ?x231 ?x179)))
 (let ((?x209 (+ ?x203 ?x203)))
 (let ((?x204 (+ ?x200 ?x209)))
 (let ((?x211 (* ?x210 ?x204)))
 (let ((?x181 (+ ?x211 ?x180)))
 (let ((?x272 (+ ?x181 ?x261)))
 (or (and (distinct 0.0 ?x272) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x810 (/ ?x460 exp!1)))
 (let ((?x302 (+ 1.0 ?x810)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x979 (/ ?x55 exp!1)))
 (let ((?x163 (+ ?x979 ?x302)))
 (< 0.0 ?x163))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x810 (/ ?x460 exp!1)))
 (let ((?x302 (+ 1.0 ?x810)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x979 (/ ?x55 exp!1)))
 (let ((?x163 (+ ?x979 ?x302)))
 (let (($x755 (= 0.0 ?x163)))
 (not $x755)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x810 (/ ?x460 exp!1)))
 (let ((?x302 (+ 1.0 ?x810)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x979 (/ ?x55 exp!1)))
 (let ((?x163 (+ ?x979 ?x302)))
 (let (($x755 (= 0.0 ?x163)))
 (not $x755)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x810 (/ ?x460 exp!1)))
 (let ((?x302 (+ 1.0 ?x810)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x979 (/ ?x55 exp!1)))
 (let ((?x163 (+ ?x979 ?x302)))
 (let (($x755 (= 0.0 ?x163)))
 (not $x755)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x810 (/ ?x460 exp!1)))
 (let ((?x302 (+ 1.0 ?x810)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x979 (/ ?x55 exp!1)))
 (let ((?x163 (+ ?x979 ?x302)))
 (let (($x755 (= 0.0 ?x163)))
 (not $x755)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x810 (/ ?x460 exp!1)))
 (let ((?x302 (+ 1.0 ?x810)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x979 (/ ?x55 exp!1)))
 (let ((?x163 (+ ?x979 ?x302)))
 (let (($x755 (= 0.0 ?x163)))
 (not $x755)))))))))
(assert
 (let ((?x235 (/ 1.0 exp!6)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x810 (/ ?x460 exp!1)))
 (let ((?x302 (+ 1.0 ?x810)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x979 (/ ?x55 exp!1)))
 (let ((?x163 (+ ?x979 ?x302)))
 (let ((?x429 (/ ?x979 ?x163)))
 (let ((?x216 (- ?x429)))
 (let ((?x1003 (* 0.0 ?x216)))
 (let ((?x385 (+ ?x216 ?x1003)))
 (let ((?x452 (+ 1.0 ?x216)))
 (let ((?x763 (* 0.0 ?x452)))
 (let ((?x716 (+ ?x763 ?x385)))
 (let ((?x605 (* ?x716 ?x235)))
 (let ((?x404 (/ ?x810 ?x163)))
 (let ((?x407 (- ?x404)))
 (let ((?x413 (+ 1.0 ?x407)))
 (let ((?x325 (* 0.0 ?x413)))
 (let ((?x811 (+ ?x407 ?x325)))
 (let ((?x349 (* 0.0 ?x407)))
 (let ((?x417 (+ ?x349 ?x811)))
 (let ((?x234 (* ?x417 ?x605)))
 (let ((?x997 (- ?x979)))
 (let ((?x592 (* ?x810 ?x997)))
 (let ((?x254 (/ 1.0 (* ?x163 ?x163))))
 (let ((?x414 (* ?x254 ?x592)))
 (let ((?x264 (/ 0.0 ?x163)))
 (let ((?x353 (+ ?x264 ?x414)))
 (let ((?x292 (- ?x353)))
 (let ((?x1007 (* 0.0 ?x292)))
 (let ((?x387 (+ ?x292 ?x1007)))
 (let ((?x730 (+ ?x1007 ?x387)))
 (let ((?x707 (* ?x730 ?x235)))
 (let ((?x579 (+ ?x707 ?x234)))
 (let ((?x996 (/ ?x810 exp!6)))
 (let ((?x379 (* ?x996 ?x716)))
 (let ((?x617 (+ ?x349 ?x413)))
 (let ((?x762 (+ ?x349 ?x617)))
 (let ((?x985 (* ?x762 ?x379)))
 (let ((?x570 (* ?x996 ?x730)))
 (let ((?x749 (+ ?x570 ?x985)))
 (let ((?x993 (+ ?x749 ?x579)))
 (let ((?x771 (+ ?x1003 ?x1003)))
 (let ((?x223 (+ ?x452 ?x771)))
 (let ((?x374 (/ ?x979 exp!6)))
 (let ((?x389 (* ?x374 ?x223)))
 (let ((?x1008 (+ ?x349 ?x325)))
 (let ((?x177 (+ ?x407 ?x1008)))
 (let ((?x1011 (* ?x177 ?x389)))
 (let ((?x622 (+ ?x1007 ?x1007)))
 (let ((?x301 (+ ?x292 ?x622)))
 (let ((?x386 (* ?x374 ?x301)))
 (let ((?x747 (+ ?x386 ?x1011)))
 (let ((?x990 (+ ?x747 ?x993)))
 (or (and (distinct 0.0 ?x990) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (=> (> ?x698 0.0) (= exp!5 ?x698)))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
(let ((?x810 (/ ?x460 exp!1)))
(let ((?x302 (+ 1.0 ?x810)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x979 (/ ?x55 exp!1)))
(let ((?x163 (+ ?x979 ?x302)))
(=> (> ?x163 0.0) (= exp!6 ?x163)))))))))
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
 (let ((?x244 (/ ?x155 exp!5)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (let ((?x232 (/ 1.0 ?x698)))
 (let ((?x212 (- ?x232)))
 (let ((?x277 (* 0.0 ?x212)))
 (let ((?x226 (+ ?x212 ?x277)))
 (let ((?x276 (+ 1.0 ?x212)))
 (let ((?x195 (* 0.0 ?x276)))
 (let ((?x227 (+ ?x195 ?x226)))
 (let ((?x253 (* ?x227 ?x244)))
 (let ((?x215 (/ ?x697 ?x698)))
 (let ((?x186 (- ?x215)))
 (let ((?x233 (+ 1.0 ?x186)))
 (let ((?x268 (* 0.0 ?x233)))
 (let ((?x251 (+ ?x186 ?x268)))
 (let ((?x230 (* 0.0 ?x186)))
 (let ((?x252 (+ ?x230 ?x251)))
 (let ((?x255 (* ?x252 ?x253)))
 (let ((?x343 (- ?x697)))
 (let ((?x342 (/ 1.0 (* ?x698 ?x698))))
 (let ((?x207 (* ?x342 ?x343)))
 (let ((?x344 (/ 0.0 ?x698)))
 (let ((?x208 (+ ?x344 ?x207)))
 (let ((?x200 (- ?x208)))
 (let ((?x203 (* 0.0 ?x200)))
 (let ((?x303 (+ ?x200 ?x203)))
 (let ((?x307 (+ ?x203 ?x303)))
 (let ((?x245 (* ?x307 ?x244)))
 (let ((?x256 (+ ?x245 ?x255)))
 (let ((?x308 (/ ?x697 exp!5)))
 (let ((?x228 (* ?x308 ?x227)))
 (let ((?x311 (+ ?x230 ?x233)))
 (let ((?x194 (+ ?x230 ?x311)))
 (let ((?x242 (* ?x194 ?x228)))
 (let ((?x309 (* ?x308 ?x307)))
 (let ((?x243 (+ ?x309 ?x242)))
 (let ((?x261 (+ ?x243 ?x256)))
 (let ((?x319 (+ ?x277 ?x277)))
 (let ((?x320 (+ ?x276 ?x319)))
 (let ((?x210 (/ 1.0 exp!5)))
 (let ((?x179 (* ?x210 ?x320)))
 (let ((?x278 (+ ?x230 ?x268)))
 (let ((?x231 (+ ?x186 ?x278)))
 (let ((?x180 (* ?x231 ?x179)))
 (let ((?x209 (+ ?x203 ?x203)))
 (let ((?x204 (+ ?x200 ?x209)))
 (let ((?x211 (* ?x210 ?x204)))
 (let ((?x181 (+ ?x211 ?x180)))
 (let ((?x272 (+ ?x181 ?x261)))
 (or (and (distinct 0.0 ?x272) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (=> (> ?x698 0.0) (= exp!5 ?x698)))))))))
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
 (let ((?x460 (* 1.0 exp!2)))
(let ((?x810 (/ ?x460 exp!1)))
(let ((?x302 (+ 1.0 ?x810)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x979 (/ ?x55 exp!1)))
(let ((?x163 (+ ?x979 ?x302)))
(=> (> ?x163 0.0) (= exp!6 ?x163)))))))))
(check-sat)
(pop 1)
