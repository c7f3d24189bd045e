; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@1[0]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!114 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let ((?x127 (/ 1.0 ?x54)))
 (let ((?x128 (- ?x127)))
 (let ((?x130 (+ 1.0 ?x128)))
 (let ((?x131 (* 0.0 ?x130)))
 (let ((?x132 (+ ?x128 ?x131)))
 (let ((?x129 (* 0.0 ?x128)))
 (let ((?x133 (+ ?x129 ?x132)))
 (let ((?x111 (/ ?x52 exp!5)))
 (let ((?x134 (* ?x111 ?x133)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[1]| ?x113)))
 (let ((?x135 (* ?x126 ?x134)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x123 (/ ?x122 ?x54)))
 (let ((?x124 (+ ?x118 ?x123)))
 (let ((?x125 (* ?x111 ?x124)))
 (or (and (distinct ?x125 ?x135) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x84 (> ?x54 0.0)))
(=> $x84 (= exp!5 ?x54))))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!114 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!179 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (< 0.0 ?x140)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x538 (= 0.0 ?x140)))
 (not $x538))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x538 (= 0.0 ?x140)))
 (not $x538))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x538 (= 0.0 ?x140)))
 (not $x538))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (< 0.0 ?x140)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x538 (= 0.0 ?x140)))
 (not $x538))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x538 (= 0.0 ?x140)))
 (not $x538))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let ((?x229 (/ ?x137 ?x140)))
 (let ((?x233 (- ?x229)))
 (let ((?x414 (+ 1.0 ?x233)))
 (let ((?x415 (* 0.0 ?x414)))
 (let ((?x182 (+ ?x233 ?x415)))
 (let ((?x235 (* 0.0 ?x233)))
 (let ((?x293 (+ ?x235 ?x182)))
 (let ((?x207 (/ ?x139 exp!7)))
 (let ((?x294 (* ?x207 ?x293)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[1]| ?x113)))
 (let ((?x306 (* ?x126 ?x294)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x164 (/ ?x122 ?x140)))
 (let ((?x165 (* ?x137 ?x164)))
 (let ((?x166 (+ ?x118 ?x165)))
 (let ((?x219 (* ?x207 ?x166)))
 (or (and (distinct ?x219 ?x306) true))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54)))))))))
(assert
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54)))))))))
(assert
 (let (($x478 (< log!179 |logits[2]|)))
 (= $x478 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x471 (< log!179 |logits[0]|)))
 (= $x471 (< exp!6 exp!2))))
(assert
 (let (($x535 (< |logits[0]| log!179)))
 (= $x535 (< exp!2 exp!6))))
(assert
 (let (($x527 (< log!179 |logits[1]|)))
 (= $x527 (< exp!6 exp!3))))
(assert
 (let (($x528 (< |logits[1]| log!179)))
 (= $x528 (< exp!3 exp!6))))
(assert
 (let (($x536 (< log!179 log!114)))
 (= $x536 (< exp!6 exp!5))))
(assert
 (let (($x518 (< log!114 log!179)))
 (= $x518 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x180 (> log!179 0.0)))
 (= $x180 (> exp!6 1.0))))
(assert
 (let ((?x356 (+ 1.0 log!179)))
 (>= exp!6 ?x356)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x254 (> ?x140 0.0)))
 (=> $x254 (= exp!6 ?x140)))))))))
(assert
 (let (($x478 (< log!179 |logits[2]|)))
 (= $x478 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x471 (< log!179 |logits[0]|)))
 (= $x471 (< exp!7 exp!2))))
(assert
 (let (($x535 (< |logits[0]| log!179)))
 (= $x535 (< exp!2 exp!7))))
(assert
 (let (($x527 (< log!179 |logits[1]|)))
 (= $x527 (< exp!7 exp!3))))
(assert
 (let (($x528 (< |logits[1]| log!179)))
 (= $x528 (< exp!3 exp!7))))
(assert
 (let (($x536 (< log!179 log!114)))
 (= $x536 (< exp!7 exp!5))))
(assert
 (let (($x518 (< log!114 log!179)))
 (= $x518 (< exp!5 exp!7))))
(assert
 (let (($x187 (< log!179 log!179)))
 (= $x187 (< exp!7 exp!6))))
(assert
 (let (($x187 (< log!179 log!179)))
 (= $x187 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x180 (> log!179 0.0)))
 (= $x180 (> exp!7 1.0))))
(assert
 (let ((?x356 (+ 1.0 log!179)))
 (>= exp!7 ?x356)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x139 (/ ?x51 exp!1)))
(let ((?x137 (/ (* 1.0 exp!2) exp!1)))
(let ((?x541 (+ ?x137 ?x139)))
(let ((?x140 (+ 1.0 ?x541)))
(let (($x254 (> ?x140 0.0)))
(=> $x254 (= exp!7 ?x140)))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!9 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!114 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!179 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!246 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x549 (/ ?x136 exp!3)))
 (let ((?x475 (+ 1.0 ?x549)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x255 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x255 ?x475)))
 (< 0.0 ?x628))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x549 (/ ?x136 exp!3)))
 (let ((?x475 (+ 1.0 ?x549)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x255 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x255 ?x475)))
 (let (($x301 (= 0.0 ?x628)))
 (not $x301)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x549 (/ ?x136 exp!3)))
 (let ((?x475 (+ 1.0 ?x549)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x255 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x255 ?x475)))
 (let (($x301 (= 0.0 ?x628)))
 (not $x301)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x549 (/ ?x136 exp!3)))
 (let ((?x475 (+ 1.0 ?x549)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x255 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x255 ?x475)))
 (let (($x301 (= 0.0 ?x628)))
 (not $x301)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x549 (/ ?x136 exp!3)))
 (let ((?x475 (+ 1.0 ?x549)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x255 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x255 ?x475)))
 (< 0.0 ?x628))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x549 (/ ?x136 exp!3)))
 (let ((?x475 (+ 1.0 ?x549)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x255 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x255 ?x475)))
 (let (($x301 (= 0.0 ?x628)))
 (not $x301)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x549 (/ ?x136 exp!3)))
 (let ((?x475 (+ 1.0 ?x549)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x255 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x255 ?x475)))
 (let (($x301 (= 0.0 ?x628)))
 (not $x301)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x549 (/ ?x136 exp!3)))
 (let ((?x475 (+ 1.0 ?x549)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x255 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x255 ?x475)))
 (let ((?x663 (/ ?x549 ?x628)))
 (let ((?x734 (- ?x663)))
 (let ((?x250 (+ 1.0 ?x734)))
 (let ((?x617 (* 0.0 ?x250)))
 (let ((?x242 (+ ?x734 ?x617)))
 (let ((?x557 (* 0.0 ?x734)))
 (let ((?x183 (+ ?x557 ?x242)))
 (let ((?x371 (/ 1.0 exp!9)))
 (let ((?x582 (* ?x371 ?x183)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[1]| ?x113)))
 (let ((?x348 (* ?x126 ?x582)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x482 (/ ?x122 ?x628)))
 (let ((?x506 (* ?x549 ?x482)))
 (let ((?x196 (+ ?x118 ?x506)))
 (let ((?x881 (* ?x371 ?x196)))
 (or (and (distinct ?x881 ?x348) true)))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x478 (< log!179 |logits[2]|)))
 (= $x478 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x471 (< log!179 |logits[0]|)))
 (= $x471 (< exp!6 exp!2))))
(assert
 (let (($x535 (< |logits[0]| log!179)))
 (= $x535 (< exp!2 exp!6))))
(assert
 (let (($x527 (< log!179 |logits[1]|)))
 (= $x527 (< exp!6 exp!3))))
(assert
 (let (($x528 (< |logits[1]| log!179)))
 (= $x528 (< exp!3 exp!6))))
(assert
 (let (($x536 (< log!179 log!114)))
 (= $x536 (< exp!6 exp!5))))
(assert
 (let (($x518 (< log!114 log!179)))
 (= $x518 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x180 (> log!179 0.0)))
 (= $x180 (> exp!6 1.0))))
(assert
 (let ((?x356 (+ 1.0 log!179)))
 (>= exp!6 ?x356)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x254 (> ?x140 0.0)))
 (=> $x254 (= exp!6 ?x140))))))))))
(assert
 (let (($x478 (< log!179 |logits[2]|)))
 (= $x478 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x471 (< log!179 |logits[0]|)))
 (= $x471 (< exp!7 exp!2))))
(assert
 (let (($x535 (< |logits[0]| log!179)))
 (= $x535 (< exp!2 exp!7))))
(assert
 (let (($x527 (< log!179 |logits[1]|)))
 (= $x527 (< exp!7 exp!3))))
(assert
 (let (($x528 (< |logits[1]| log!179)))
 (= $x528 (< exp!3 exp!7))))
(assert
 (let (($x536 (< log!179 log!114)))
 (= $x536 (< exp!7 exp!5))))
(assert
 (let (($x518 (< log!114 log!179)))
 (= $x518 (< exp!5 exp!7))))
(assert
 (let (($x187 (< log!179 log!179)))
 (= $x187 (< exp!7 exp!6))))
(assert
 (let (($x187 (< log!179 log!179)))
 (= $x187 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x180 (> log!179 0.0)))
 (= $x180 (> exp!7 1.0))))
(assert
 (let ((?x356 (+ 1.0 log!179)))
 (>= exp!7 ?x356)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x254 (> ?x140 0.0)))
 (=> $x254 (= exp!7 ?x140))))))))))
(assert
 (let (($x354 (< log!246 |logits[2]|)))
 (= $x354 (< exp!8 exp!1))))
(assert
 (let (($x392 (< |logits[2]| log!246)))
 (= $x392 (< exp!1 exp!8))))
(assert
 (let (($x353 (< log!246 |logits[0]|)))
 (= $x353 (< exp!8 exp!2))))
(assert
 (let (($x318 (< |logits[0]| log!246)))
 (= $x318 (< exp!2 exp!8))))
(assert
 (let (($x633 (< log!246 |logits[1]|)))
 (= $x633 (< exp!8 exp!3))))
(assert
 (let (($x622 (< |logits[1]| log!246)))
 (= $x622 (< exp!3 exp!8))))
(assert
 (let (($x173 (< log!246 log!114)))
 (= $x173 (< exp!8 exp!5))))
(assert
 (let (($x589 (< log!114 log!246)))
 (= $x589 (< exp!5 exp!8))))
(assert
 (let (($x548 (< log!246 log!179)))
 (= $x548 (< exp!8 exp!7))))
(assert
 (let (($x465 (< log!179 log!246)))
 (= $x465 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x340 (> log!246 0.0)))
 (= $x340 (> exp!8 1.0))))
(assert
 (let ((?x259 (+ 1.0 log!246)))
 (>= exp!8 ?x259)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x549 (/ ?x136 exp!3)))
 (let ((?x475 (+ 1.0 ?x549)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x255 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x255 ?x475)))
 (let (($x211 (> ?x628 0.0)))
 (=> $x211 (= exp!8 ?x628))))))))))
(assert
 (let (($x354 (< log!246 |logits[2]|)))
 (= $x354 (< exp!9 exp!1))))
(assert
 (let (($x392 (< |logits[2]| log!246)))
 (= $x392 (< exp!1 exp!9))))
(assert
 (let (($x353 (< log!246 |logits[0]|)))
 (= $x353 (< exp!9 exp!2))))
(assert
 (let (($x318 (< |logits[0]| log!246)))
 (= $x318 (< exp!2 exp!9))))
(assert
 (let (($x633 (< log!246 |logits[1]|)))
 (= $x633 (< exp!9 exp!3))))
(assert
 (let (($x622 (< |logits[1]| log!246)))
 (= $x622 (< exp!3 exp!9))))
(assert
 (let (($x173 (< log!246 log!114)))
 (= $x173 (< exp!9 exp!5))))
(assert
 (let (($x589 (< log!114 log!246)))
 (= $x589 (< exp!5 exp!9))))
(assert
 (let (($x548 (< log!246 log!179)))
 (= $x548 (< exp!9 exp!7))))
(assert
 (let (($x465 (< log!179 log!246)))
 (= $x465 (< exp!7 exp!9))))
(assert
 (let (($x491 (< log!246 log!246)))
 (= $x491 (< exp!9 exp!8))))
(assert
 (let (($x491 (< log!246 log!246)))
 (= $x491 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x340 (> log!246 0.0)))
 (= $x340 (> exp!9 1.0))))
(assert
 (let ((?x259 (+ 1.0 log!246)))
 (>= exp!9 ?x259)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x549 (/ ?x136 exp!3)))
(let ((?x475 (+ 1.0 ?x549)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x255 (/ ?x24 exp!3)))
(let ((?x628 (+ ?x255 ?x475)))
(let (($x211 (> ?x628 0.0)))
(=> $x211 (= exp!9 ?x628))))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!114 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!179 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!246 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (< 0.0 ?x140))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x538 (= 0.0 ?x140)))
 (not $x538)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x538 (= 0.0 ?x140)))
 (not $x538)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x538 (= 0.0 ?x140)))
 (not $x538)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (< 0.0 ?x140))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x538 (= 0.0 ?x140)))
 (not $x538)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x538 (= 0.0 ?x140)))
 (not $x538)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let ((?x229 (/ ?x137 ?x140)))
 (let ((?x233 (- ?x229)))
 (let ((?x414 (+ 1.0 ?x233)))
 (let ((?x415 (* 0.0 ?x414)))
 (let ((?x182 (+ ?x233 ?x415)))
 (let ((?x235 (* 0.0 ?x233)))
 (let ((?x293 (+ ?x235 ?x182)))
 (let ((?x207 (/ ?x139 exp!7)))
 (let ((?x294 (* ?x207 ?x293)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[1]| ?x113)))
 (let ((?x306 (* ?x126 ?x294)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x164 (/ ?x122 ?x140)))
 (let ((?x165 (* ?x137 ?x164)))
 (let ((?x166 (+ ?x118 ?x165)))
 (let ((?x219 (* ?x207 ?x166)))
 (or (and (distinct ?x219 ?x306) true)))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!114 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!114)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!114 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!114)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!114 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!114)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!114 log!114)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!114 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!114)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x478 (< log!179 |logits[2]|)))
 (= $x478 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x471 (< log!179 |logits[0]|)))
 (= $x471 (< exp!6 exp!2))))
(assert
 (let (($x535 (< |logits[0]| log!179)))
 (= $x535 (< exp!2 exp!6))))
(assert
 (let (($x527 (< log!179 |logits[1]|)))
 (= $x527 (< exp!6 exp!3))))
(assert
 (let (($x528 (< |logits[1]| log!179)))
 (= $x528 (< exp!3 exp!6))))
(assert
 (let (($x536 (< log!179 log!114)))
 (= $x536 (< exp!6 exp!5))))
(assert
 (let (($x518 (< log!114 log!179)))
 (= $x518 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x180 (> log!179 0.0)))
 (= $x180 (> exp!6 1.0))))
(assert
 (let ((?x356 (+ 1.0 log!179)))
 (>= exp!6 ?x356)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x254 (> ?x140 0.0)))
 (=> $x254 (= exp!6 ?x140))))))))))
(assert
 (let (($x478 (< log!179 |logits[2]|)))
 (= $x478 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!179)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x471 (< log!179 |logits[0]|)))
 (= $x471 (< exp!7 exp!2))))
(assert
 (let (($x535 (< |logits[0]| log!179)))
 (= $x535 (< exp!2 exp!7))))
(assert
 (let (($x527 (< log!179 |logits[1]|)))
 (= $x527 (< exp!7 exp!3))))
(assert
 (let (($x528 (< |logits[1]| log!179)))
 (= $x528 (< exp!3 exp!7))))
(assert
 (let (($x536 (< log!179 log!114)))
 (= $x536 (< exp!7 exp!5))))
(assert
 (let (($x518 (< log!114 log!179)))
 (= $x518 (< exp!5 exp!7))))
(assert
 (let (($x187 (< log!179 log!179)))
 (= $x187 (< exp!7 exp!6))))
(assert
 (let (($x187 (< log!179 log!179)))
 (= $x187 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x180 (> log!179 0.0)))
 (= $x180 (> exp!7 1.0))))
(assert
 (let ((?x356 (+ 1.0 log!179)))
 (>= exp!7 ?x356)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x254 (> ?x140 0.0)))
 (=> $x254 (= exp!7 ?x140))))))))))
(assert
 (let (($x354 (< log!246 |logits[2]|)))
 (= $x354 (< exp!8 exp!1))))
(assert
 (let (($x392 (< |logits[2]| log!246)))
 (= $x392 (< exp!1 exp!8))))
(assert
 (let (($x353 (< log!246 |logits[0]|)))
 (= $x353 (< exp!8 exp!2))))
(assert
 (let (($x318 (< |logits[0]| log!246)))
 (= $x318 (< exp!2 exp!8))))
(assert
 (let (($x633 (< log!246 |logits[1]|)))
 (= $x633 (< exp!8 exp!3))))
(assert
 (let (($x622 (< |logits[1]| log!246)))
 (= $x622 (< exp!3 exp!8))))
(assert
 (let (($x173 (< log!246 log!114)))
 (= $x173 (< exp!8 exp!5))))
(assert
 (let (($x589 (< log!114 log!246)))
 (= $x589 (< exp!5 exp!8))))
(assert
 (let (($x548 (< log!246 log!179)))
 (= $x548 (< exp!8 exp!7))))
(assert
 (let (($x465 (< log!179 log!246)))
 (= $x465 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x340 (> log!246 0.0)))
 (= $x340 (> exp!8 1.0))))
(assert
 (let ((?x259 (+ 1.0 log!246)))
 (>= exp!8 ?x259)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x549 (/ ?x136 exp!3)))
 (let ((?x475 (+ 1.0 ?x549)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x255 (/ ?x24 exp!3)))
 (let ((?x628 (+ ?x255 ?x475)))
 (let (($x211 (> ?x628 0.0)))
 (=> $x211 (= exp!8 ?x628))))))))))
(assert
 (let (($x354 (< log!246 |logits[2]|)))
 (= $x354 (< exp!9 exp!1))))
(assert
 (let (($x392 (< |logits[2]| log!246)))
 (= $x392 (< exp!1 exp!9))))
(assert
 (let (($x353 (< log!246 |logits[0]|)))
 (= $x353 (< exp!9 exp!2))))
(assert
 (let (($x318 (< |logits[0]| log!246)))
 (= $x318 (< exp!2 exp!9))))
(assert
 (let (($x633 (< log!246 |logits[1]|)))
 (= $x633 (< exp!9 exp!3))))
(assert
 (let (($x622 (< |logits[1]| log!246)))
 (= $x622 (< exp!3 exp!9))))
(assert
 (let (($x173 (< log!246 log!114)))
 (= $x173 (< exp!9 exp!5))))
(assert
 (let (($x589 (< log!114 log!246)))
 (= $x589 (< exp!5 exp!9))))
(assert
 (let (($x548 (< log!246 log!179)))
 (= $x548 (< exp!9 exp!7))))
(assert
 (let (($x465 (< log!179 log!246)))
 (= $x465 (< exp!7 exp!9))))
(assert
 (let (($x491 (< log!246 log!246)))
 (= $x491 (< exp!9 exp!8))))
(assert
 (let (($x491 (< log!246 log!246)))
 (= $x491 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x340 (> log!246 0.0)))
 (= $x340 (> exp!9 1.0))))
(assert
 (let ((?x259 (+ 1.0 log!246)))
 (>= exp!9 ?x259)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x549 (/ ?x136 exp!3)))
(let ((?x475 (+ 1.0 ?x549)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x255 (/ ?x24 exp!3)))
(let ((?x628 (+ ?x255 ?x475)))
(let (($x211 (> ?x628 0.0)))
(=> $x211 (= exp!9 ?x628))))))))))
(check-sat)
(pop 1)
