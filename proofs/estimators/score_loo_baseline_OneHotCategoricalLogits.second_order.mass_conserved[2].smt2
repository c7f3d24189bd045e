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
(declare-fun log!304 () Real)
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
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
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
(declare-fun log!304 () Real)
(declare-fun log!528 () Real)
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
 (let ((?x232 (/ 1.0 ?x698)))
 (let ((?x212 (- ?x232)))
 (let ((?x277 (* 0.0 ?x212)))
 (let ((?x420 (+ ?x212 ?x277)))
 (let ((?x276 (+ 1.0 ?x212)))
 (let ((?x379 (* 0.0 ?x276)))
 (let ((?x430 (+ ?x379 ?x420)))
 (let ((?x195 (* ?x430 ?x308)))
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
 (let ((?x179 (+ ?x200 ?x203)))
 (let ((?x180 (+ ?x203 ?x179)))
 (let ((?x309 (* ?x180 ?x308)))
 (let ((?x227 (+ ?x309 ?x226)))
 (let ((?x181 (/ ?x697 exp!5)))
 (let ((?x432 (* ?x181 ?x430)))
 (let ((?x415 (+ ?x230 ?x233)))
 (let ((?x426 (+ ?x230 ?x415)))
 (let ((?x173 (* ?x426 ?x432)))
 (let ((?x182 (* ?x181 ?x180)))
 (let ((?x174 (+ ?x182 ?x173)))
 (let ((?x228 (+ ?x174 ?x227)))
 (let ((?x373 (+ ?x277 ?x277)))
 (let ((?x374 (+ ?x276 ?x373)))
 (let ((?x210 (/ 1.0 exp!5)))
 (let ((?x386 (* ?x210 ?x374)))
 (let ((?x278 (+ ?x230 ?x268)))
 (let ((?x231 (+ ?x186 ?x278)))
 (let ((?x387 (* ?x231 ?x386)))
 (let ((?x209 (+ ?x203 ?x203)))
 (let ((?x204 (+ ?x200 ?x209)))
 (let ((?x211 (* ?x210 ?x204)))
 (let ((?x384 (+ ?x211 ?x387)))
 (let ((?x242 (+ ?x384 ?x228)))
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
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!528 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!528) (< exp!1 exp!5)))
(assert
 (= (< log!528 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!528) (< exp!2 exp!5)))
(assert
 (= (< log!528 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!528) (< exp!3 exp!5)))
(assert
 (= (< log!528 log!304) (< exp!5 exp!4)))
(assert
 (= (< log!304 log!528) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!528 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!528)))
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
(declare-fun log!304 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!528 () Real)
(declare-fun log!753 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x460 exp!1)))
 (let ((?x304 (+ 1.0 ?x633)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x353 (/ ?x55 exp!1)))
 (let ((?x789 (+ ?x353 ?x304)))
 (< 0.0 ?x789))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x460 exp!1)))
 (let ((?x304 (+ 1.0 ?x633)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x353 (/ ?x55 exp!1)))
 (let ((?x789 (+ ?x353 ?x304)))
 (let (($x724 (= 0.0 ?x789)))
 (not $x724)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x460 exp!1)))
 (let ((?x304 (+ 1.0 ?x633)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x353 (/ ?x55 exp!1)))
 (let ((?x789 (+ ?x353 ?x304)))
 (let (($x724 (= 0.0 ?x789)))
 (not $x724)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x460 exp!1)))
 (let ((?x304 (+ 1.0 ?x633)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x353 (/ ?x55 exp!1)))
 (let ((?x789 (+ ?x353 ?x304)))
 (let (($x724 (= 0.0 ?x789)))
 (not $x724)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x460 exp!1)))
 (let ((?x304 (+ 1.0 ?x633)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x353 (/ ?x55 exp!1)))
 (let ((?x789 (+ ?x353 ?x304)))
 (let (($x724 (= 0.0 ?x789)))
 (not $x724)))))))))
(assert
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x460 exp!1)))
 (let ((?x304 (+ 1.0 ?x633)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x353 (/ ?x55 exp!1)))
 (let ((?x789 (+ ?x353 ?x304)))
 (let (($x724 (= 0.0 ?x789)))
 (not $x724)))))))))
(assert
 (let ((?x327 (/ 1.0 exp!6)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x633 (/ ?x460 exp!1)))
 (let ((?x304 (+ 1.0 ?x633)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x353 (/ ?x55 exp!1)))
 (let ((?x789 (+ ?x353 ?x304)))
 (let ((?x216 (/ ?x353 ?x789)))
 (let ((?x156 (- ?x216)))
 (let ((?x1001 (* 0.0 ?x156)))
 (let ((?x354 (+ ?x156 ?x1001)))
 (let ((?x766 (+ 1.0 ?x156)))
 (let ((?x365 (* 0.0 ?x766)))
 (let ((?x649 (+ ?x365 ?x354)))
 (let ((?x449 (* ?x649 ?x327)))
 (let ((?x220 (/ ?x633 ?x789)))
 (let ((?x434 (- ?x220)))
 (let ((?x236 (+ 1.0 ?x434)))
 (let ((?x732 (* 0.0 ?x236)))
 (let ((?x296 (+ ?x434 ?x732)))
 (let ((?x275 (* 0.0 ?x434)))
 (let ((?x560 (+ ?x275 ?x296)))
 (let ((?x421 (* ?x560 ?x449)))
 (let ((?x755 (- ?x353)))
 (let ((?x487 (* ?x633 ?x755)))
 (let ((?x302 (/ 1.0 (* ?x789 ?x789))))
 (let ((?x377 (* ?x302 ?x487)))
 (let ((?x297 (/ 0.0 ?x789)))
 (let ((?x157 (+ ?x297 ?x377)))
 (let ((?x411 (- ?x157)))
 (let ((?x1005 (* 0.0 ?x411)))
 (let ((?x395 (+ ?x411 ?x1005)))
 (let ((?x605 (+ ?x1005 ?x395)))
 (let ((?x596 (* ?x605 ?x327)))
 (let ((?x703 (+ ?x596 ?x421)))
 (let ((?x994 (/ ?x633 exp!6)))
 (let ((?x410 (* ?x994 ?x649)))
 (let ((?x715 (+ ?x275 ?x236)))
 (let ((?x646 (+ ?x275 ?x715)))
 (let ((?x983 (* ?x646 ?x410)))
 (let ((?x569 (* ?x994 ?x605)))
 (let ((?x375 (+ ?x569 ?x983)))
 (let ((?x985 (+ ?x375 ?x703)))
 (let ((?x991 (+ ?x1001 ?x1001)))
 (let ((?x723 (+ ?x766 ?x991)))
 (let ((?x324 (/ ?x353 exp!6)))
 (let ((?x774 (* ?x324 ?x723)))
 (let ((?x1006 (+ ?x275 ?x732)))
 (let ((?x413 (+ ?x434 ?x1006)))
 (let ((?x616 (* ?x413 ?x774)))
 (let ((?x361 (+ ?x1005 ?x1005)))
 (let ((?x995 (+ ?x411 ?x361)))
 (let ((?x164 (* ?x324 ?x995)))
 (let ((?x158 (+ ?x164 ?x616)))
 (let ((?x988 (+ ?x158 ?x985)))
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
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!528 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!528) (< exp!1 exp!5)))
(assert
 (= (< log!528 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!528) (< exp!2 exp!5)))
(assert
 (= (< log!528 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!528) (< exp!3 exp!5)))
(assert
 (= (< log!528 log!304) (< exp!5 exp!4)))
(assert
 (= (< log!304 log!528) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!528 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!528)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (=> (> ?x698 0.0) (= exp!5 ?x698)))))))))
(assert
 (= (< log!753 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!753) (< exp!1 exp!6)))
(assert
 (= (< log!753 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!753) (< exp!2 exp!6)))
(assert
 (= (< log!753 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!753) (< exp!3 exp!6)))
(assert
 (= (< log!753 log!304) (< exp!6 exp!4)))
(assert
 (= (< log!304 log!753) (< exp!4 exp!6)))
(assert
 (= (< log!753 log!528) (< exp!6 exp!5)))
(assert
 (= (< log!528 log!753) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!753 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!753)))
(assert
 (let ((?x460 (* 1.0 exp!2)))
(let ((?x633 (/ ?x460 exp!1)))
(let ((?x304 (+ 1.0 ?x633)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x353 (/ ?x55 exp!1)))
(let ((?x789 (+ ?x353 ?x304)))
(=> (> ?x789 0.0) (= exp!6 ?x789)))))))))
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
(declare-fun log!304 () Real)
(declare-fun log!528 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!753 () Real)
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
 (let ((?x232 (/ 1.0 ?x698)))
 (let ((?x212 (- ?x232)))
 (let ((?x277 (* 0.0 ?x212)))
 (let ((?x420 (+ ?x212 ?x277)))
 (let ((?x276 (+ 1.0 ?x212)))
 (let ((?x379 (* 0.0 ?x276)))
 (let ((?x430 (+ ?x379 ?x420)))
 (let ((?x195 (* ?x430 ?x308)))
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
 (let ((?x179 (+ ?x200 ?x203)))
 (let ((?x180 (+ ?x203 ?x179)))
 (let ((?x309 (* ?x180 ?x308)))
 (let ((?x227 (+ ?x309 ?x226)))
 (let ((?x181 (/ ?x697 exp!5)))
 (let ((?x432 (* ?x181 ?x430)))
 (let ((?x415 (+ ?x230 ?x233)))
 (let ((?x426 (+ ?x230 ?x415)))
 (let ((?x173 (* ?x426 ?x432)))
 (let ((?x182 (* ?x181 ?x180)))
 (let ((?x174 (+ ?x182 ?x173)))
 (let ((?x228 (+ ?x174 ?x227)))
 (let ((?x373 (+ ?x277 ?x277)))
 (let ((?x374 (+ ?x276 ?x373)))
 (let ((?x210 (/ 1.0 exp!5)))
 (let ((?x386 (* ?x210 ?x374)))
 (let ((?x278 (+ ?x230 ?x268)))
 (let ((?x231 (+ ?x186 ?x278)))
 (let ((?x387 (* ?x231 ?x386)))
 (let ((?x209 (+ ?x203 ?x203)))
 (let ((?x204 (+ ?x200 ?x209)))
 (let ((?x211 (* ?x210 ?x204)))
 (let ((?x384 (+ ?x211 ?x387)))
 (let ((?x242 (+ ?x384 ?x228)))
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
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!528 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!528) (< exp!1 exp!5)))
(assert
 (= (< log!528 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!528) (< exp!2 exp!5)))
(assert
 (= (< log!528 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!528) (< exp!3 exp!5)))
(assert
 (= (< log!528 log!304) (< exp!5 exp!4)))
(assert
 (= (< log!304 log!528) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!528 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!528)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x460 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x460 exp!3)))
 (let ((?x680 (+ ?x697 ?x155)))
 (let ((?x698 (+ 1.0 ?x680)))
 (=> (> ?x698 0.0) (= exp!5 ?x698)))))))))
(assert
 (= (< log!753 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!753) (< exp!1 exp!6)))
(assert
 (= (< log!753 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!753) (< exp!2 exp!6)))
(assert
 (= (< log!753 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!753) (< exp!3 exp!6)))
(assert
 (= (< log!753 log!304) (< exp!6 exp!4)))
(assert
 (= (< log!304 log!753) (< exp!4 exp!6)))
(assert
 (= (< log!753 log!528) (< exp!6 exp!5)))
(assert
 (= (< log!528 log!753) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!753 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!753)))
(assert
 (let ((?x460 (* 1.0 exp!2)))
(let ((?x633 (/ ?x460 exp!1)))
(let ((?x304 (+ 1.0 ?x633)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x353 (/ ?x55 exp!1)))
(let ((?x789 (+ ?x353 ?x304)))
(=> (> ?x789 0.0) (= exp!6 ?x789)))))))))
(check-sat)
(pop 1)
