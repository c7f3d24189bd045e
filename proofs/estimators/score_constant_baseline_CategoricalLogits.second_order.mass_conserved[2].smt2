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
(declare-fun log!312 () Real)
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
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
 (let ((?x142 (/ ?x36 exp!4)))
 (let ((?x146 (* ?x142 ?x136)))
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
 (let ((?x143 (* ?x142 ?x129)))
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
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
(declare-fun log!312 () Real)
(declare-fun log!537 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x701 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x701 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x701 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (< 0.0 ?x702)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x701 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x701 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x701 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x701 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let ((?x215 (/ 1.0 ?x702)))
 (let ((?x377 (- ?x215)))
 (let ((?x379 (* 0.0 ?x377)))
 (let ((?x256 (+ ?x377 ?x379)))
 (let ((?x378 (+ 1.0 ?x377)))
 (let ((?x255 (* 0.0 ?x378)))
 (let ((?x261 (+ ?x255 ?x256)))
 (let ((?x277 (/ ?x155 exp!5)))
 (let ((?x271 (* ?x277 ?x261)))
 (let ((?x208 (/ ?x701 ?x702)))
 (let ((?x200 (- ?x208)))
 (let ((?x209 (+ 1.0 ?x200)))
 (let ((?x204 (* 0.0 ?x209)))
 (let ((?x269 (+ ?x200 ?x204)))
 (let ((?x203 (* 0.0 ?x200)))
 (let ((?x270 (+ ?x203 ?x269)))
 (let ((?x323 (* ?x270 ?x271)))
 (let ((?x172 (/ 1.0 (* ?x702 ?x702))))
 (let ((?x440 (- ?x701)))
 (let ((?x187 (* ?x440 ?x172)))
 (let ((?x439 (/ 0.0 ?x702)))
 (let ((?x337 (+ ?x439 ?x187)))
 (let ((?x338 (- ?x337)))
 (let ((?x348 (* 0.0 ?x338)))
 (let ((?x394 (+ ?x338 ?x348)))
 (let ((?x396 (+ ?x348 ?x394)))
 (let ((?x219 (* ?x277 ?x396)))
 (let ((?x324 (+ ?x219 ?x323)))
 (let ((?x195 (/ ?x701 exp!5)))
 (let ((?x274 (* ?x195 ?x261)))
 (let ((?x252 (+ ?x203 ?x209)))
 (let ((?x253 (+ ?x203 ?x252)))
 (let ((?x275 (* ?x253 ?x274)))
 (let ((?x251 (* ?x195 ?x396)))
 (let ((?x276 (+ ?x251 ?x275)))
 (let ((?x179 (+ ?x276 ?x324)))
 (let ((?x380 (+ ?x379 ?x379)))
 (let ((?x375 (+ ?x378 ?x380)))
 (let ((?x347 (/ 1.0 exp!5)))
 (let ((?x376 (* ?x347 ?x375)))
 (let ((?x210 (+ ?x203 ?x204)))
 (let ((?x211 (+ ?x200 ?x210)))
 (let ((?x231 (* ?x211 ?x376)))
 (let ((?x349 (+ ?x348 ?x348)))
 (let ((?x346 (+ ?x338 ?x349)))
 (let ((?x207 (* ?x347 ?x346)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x180 (+ ?x232 ?x179)))
 (or (and (distinct 0.0 ?x180) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!537 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!537) (< exp!1 exp!5)))
(assert
 (= (< log!537 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!537) (< exp!2 exp!5)))
(assert
 (= (< log!537 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!537) (< exp!3 exp!5)))
(assert
 (= (< log!537 log!312) (< exp!5 exp!4)))
(assert
 (= (< log!312 log!537) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!537 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!537)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x155 (/ ?x9 exp!3)))
(let ((?x701 (/ (* 1.0 exp!2) exp!3)))
(let ((?x684 (+ ?x701 ?x155)))
(let ((?x702 (+ 1.0 ?x684)))
(=> (> ?x702 0.0) (= exp!5 ?x702))))))))
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
(declare-fun log!312 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!537 () Real)
(declare-fun log!762 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x617 (/ ?x458 exp!1)))
 (let ((?x490 (+ 1.0 ?x617)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x431 (/ ?x55 exp!1)))
 (let ((?x567 (+ ?x431 ?x490)))
 (let (($x799 (= 0.0 ?x567)))
 (not $x799)))))))))
(assert
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x617 (/ ?x458 exp!1)))
 (let ((?x490 (+ 1.0 ?x617)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x431 (/ ?x55 exp!1)))
 (let ((?x567 (+ ?x431 ?x490)))
 (let (($x799 (= 0.0 ?x567)))
 (not $x799)))))))))
(assert
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x617 (/ ?x458 exp!1)))
 (let ((?x490 (+ 1.0 ?x617)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x431 (/ ?x55 exp!1)))
 (let ((?x567 (+ ?x431 ?x490)))
 (< 0.0 ?x567))))))))
(assert
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x617 (/ ?x458 exp!1)))
 (let ((?x490 (+ 1.0 ?x617)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x431 (/ ?x55 exp!1)))
 (let ((?x567 (+ ?x431 ?x490)))
 (let (($x799 (= 0.0 ?x567)))
 (not $x799)))))))))
(assert
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x617 (/ ?x458 exp!1)))
 (let ((?x490 (+ 1.0 ?x617)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x431 (/ ?x55 exp!1)))
 (let ((?x567 (+ ?x431 ?x490)))
 (let (($x799 (= 0.0 ?x567)))
 (not $x799)))))))))
(assert
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x617 (/ ?x458 exp!1)))
 (let ((?x490 (+ 1.0 ?x617)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x431 (/ ?x55 exp!1)))
 (let ((?x567 (+ ?x431 ?x490)))
 (let (($x799 (= 0.0 ?x567)))
 (not $x799)))))))))
(assert
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x617 (/ ?x458 exp!1)))
 (let ((?x490 (+ 1.0 ?x617)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x431 (/ ?x55 exp!1)))
 (let ((?x567 (+ ?x431 ?x490)))
 (let ((?x221 (/ ?x431 ?x567)))
 (let ((?x279 (- ?x221)))
 (let ((?x1009 (* 0.0 ?x279)))
 (let ((?x406 (+ ?x279 ?x1009)))
 (let ((?x818 (+ 1.0 ?x279)))
 (let ((?x727 (* 0.0 ?x818)))
 (let ((?x502 (+ ?x727 ?x406)))
 (let ((?x297 (/ 1.0 exp!6)))
 (let ((?x410 (* ?x297 ?x502)))
 (let ((?x403 (/ ?x617 ?x567)))
 (let ((?x426 (- ?x403)))
 (let ((?x758 (+ 1.0 ?x426)))
 (let ((?x169 (* 0.0 ?x758)))
 (let ((?x301 (+ ?x426 ?x169)))
 (let ((?x194 (* 0.0 ?x426)))
 (let ((?x491 (+ ?x194 ?x301)))
 (let ((?x639 (* ?x491 ?x410)))
 (let ((?x709 (- ?x431)))
 (let ((?x295 (* ?x617 ?x709)))
 (let ((?x291 (/ 1.0 (* ?x567 ?x567))))
 (let ((?x216 (* ?x291 ?x295)))
 (let ((?x321 (/ 0.0 ?x567)))
 (let ((?x278 (+ ?x321 ?x216)))
 (let ((?x416 (- ?x278)))
 (let ((?x1013 (* 0.0 ?x416)))
 (let ((?x168 (+ ?x416 ?x1013)))
 (let ((?x309 (+ ?x1013 ?x168)))
 (let ((?x599 (* ?x297 ?x309)))
 (let ((?x579 (+ ?x599 ?x639)))
 (let ((?x1002 (/ ?x617 exp!6)))
 (let ((?x436 (* ?x1002 ?x502)))
 (let ((?x657 (+ ?x194 ?x758)))
 (let ((?x267 (+ ?x194 ?x657)))
 (let ((?x991 (* ?x267 ?x436)))
 (let ((?x500 (* ?x1002 ?x309)))
 (let ((?x265 (+ ?x500 ?x991)))
 (let ((?x993 (+ ?x265 ?x579)))
 (let ((?x438 (+ ?x1009 ?x1009)))
 (let ((?x453 (+ ?x818 ?x438)))
 (let ((?x373 (/ ?x431 exp!6)))
 (let ((?x768 (* ?x373 ?x453)))
 (let ((?x1014 (+ ?x194 ?x169)))
 (let ((?x341 (+ ?x426 ?x1014)))
 (let ((?x160 (* ?x341 ?x768)))
 (let ((?x263 (+ ?x1013 ?x1013)))
 (let ((?x248 (+ ?x416 ?x263)))
 (let ((?x330 (* ?x373 ?x248)))
 (let ((?x734 (+ ?x330 ?x160)))
 (let ((?x996 (+ ?x734 ?x993)))
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!537 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!537) (< exp!1 exp!5)))
(assert
 (= (< log!537 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!537) (< exp!2 exp!5)))
(assert
 (= (< log!537 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!537) (< exp!3 exp!5)))
(assert
 (= (< log!537 log!312) (< exp!5 exp!4)))
(assert
 (= (< log!312 log!537) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!537 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!537)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (=> (> ?x702 0.0) (= exp!5 ?x702)))))))))
(assert
 (= (< log!762 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!762) (< exp!1 exp!6)))
(assert
 (= (< log!762 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!762) (< exp!2 exp!6)))
(assert
 (= (< log!762 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!762) (< exp!3 exp!6)))
(assert
 (= (< log!762 log!312) (< exp!6 exp!4)))
(assert
 (= (< log!312 log!762) (< exp!4 exp!6)))
(assert
 (= (< log!762 log!537) (< exp!6 exp!5)))
(assert
 (= (< log!537 log!762) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!762 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!762)))
(assert
 (let ((?x458 (* 1.0 exp!2)))
(let ((?x617 (/ ?x458 exp!1)))
(let ((?x490 (+ 1.0 ?x617)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x431 (/ ?x55 exp!1)))
(let ((?x567 (+ ?x431 ?x490)))
(=> (> ?x567 0.0) (= exp!6 ?x567)))))))))
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
(declare-fun log!312 () Real)
(declare-fun log!537 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!762 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (< 0.0 ?x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let ((?x215 (/ 1.0 ?x702)))
 (let ((?x377 (- ?x215)))
 (let ((?x379 (* 0.0 ?x377)))
 (let ((?x256 (+ ?x377 ?x379)))
 (let ((?x378 (+ 1.0 ?x377)))
 (let ((?x255 (* 0.0 ?x378)))
 (let ((?x261 (+ ?x255 ?x256)))
 (let ((?x277 (/ ?x155 exp!5)))
 (let ((?x271 (* ?x277 ?x261)))
 (let ((?x208 (/ ?x701 ?x702)))
 (let ((?x200 (- ?x208)))
 (let ((?x209 (+ 1.0 ?x200)))
 (let ((?x204 (* 0.0 ?x209)))
 (let ((?x269 (+ ?x200 ?x204)))
 (let ((?x203 (* 0.0 ?x200)))
 (let ((?x270 (+ ?x203 ?x269)))
 (let ((?x323 (* ?x270 ?x271)))
 (let ((?x172 (/ 1.0 (* ?x702 ?x702))))
 (let ((?x440 (- ?x701)))
 (let ((?x187 (* ?x440 ?x172)))
 (let ((?x439 (/ 0.0 ?x702)))
 (let ((?x337 (+ ?x439 ?x187)))
 (let ((?x338 (- ?x337)))
 (let ((?x348 (* 0.0 ?x338)))
 (let ((?x394 (+ ?x338 ?x348)))
 (let ((?x396 (+ ?x348 ?x394)))
 (let ((?x219 (* ?x277 ?x396)))
 (let ((?x324 (+ ?x219 ?x323)))
 (let ((?x195 (/ ?x701 exp!5)))
 (let ((?x274 (* ?x195 ?x261)))
 (let ((?x252 (+ ?x203 ?x209)))
 (let ((?x253 (+ ?x203 ?x252)))
 (let ((?x275 (* ?x253 ?x274)))
 (let ((?x251 (* ?x195 ?x396)))
 (let ((?x276 (+ ?x251 ?x275)))
 (let ((?x179 (+ ?x276 ?x324)))
 (let ((?x380 (+ ?x379 ?x379)))
 (let ((?x375 (+ ?x378 ?x380)))
 (let ((?x347 (/ 1.0 exp!5)))
 (let ((?x376 (* ?x347 ?x375)))
 (let ((?x210 (+ ?x203 ?x204)))
 (let ((?x211 (+ ?x200 ?x210)))
 (let ((?x231 (* ?x211 ?x376)))
 (let ((?x349 (+ ?x348 ?x348)))
 (let ((?x346 (+ ?x338 ?x349)))
 (let ((?x207 (* ?x347 ?x346)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x180 (+ ?x232 ?x179)))
 (or (and (distinct 0.0 ?x180) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!312 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!312) (< exp!1 exp!4)))
(assert
 (= (< log!312 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!312) (< exp!2 exp!4)))
(assert
 (= (< log!312 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!312) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!312 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!312)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!537 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!537) (< exp!1 exp!5)))
(assert
 (= (< log!537 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!537) (< exp!2 exp!5)))
(assert
 (= (< log!537 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!537) (< exp!3 exp!5)))
(assert
 (= (< log!537 log!312) (< exp!5 exp!4)))
(assert
 (= (< log!312 log!537) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!537 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!537)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (=> (> ?x702 0.0) (= exp!5 ?x702)))))))))
(assert
 (= (< log!762 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!762) (< exp!1 exp!6)))
(assert
 (= (< log!762 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!762) (< exp!2 exp!6)))
(assert
 (= (< log!762 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!762) (< exp!3 exp!6)))
(assert
 (= (< log!762 log!312) (< exp!6 exp!4)))
(assert
 (= (< log!312 log!762) (< exp!4 exp!6)))
(assert
 (= (< log!762 log!537) (< exp!6 exp!5)))
(assert
 (= (< log!537 log!762) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!762 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!762)))
(assert
 (let ((?x458 (* 1.0 exp!2)))
(let ((?x617 (/ ?x458 exp!1)))
(let ((?x490 (+ 1.0 ?x617)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x431 (/ ?x55 exp!1)))
(let ((?x567 (+ ?x431 ?x490)))
(=> (> ?x567 0.0) (= exp!6 ?x567)))))))))
(check-sat)
(pop 1)
