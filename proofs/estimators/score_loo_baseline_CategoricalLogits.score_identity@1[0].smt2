; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@1[0]', verdict proved
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
(declare-fun log!116 () Real)
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
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
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
(declare-fun log!116 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!181 () Real)
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
 (let ((?x210 (/ ?x137 ?x140)))
 (let ((?x202 (- ?x210)))
 (let ((?x206 (+ 1.0 ?x202)))
 (let ((?x207 (* 0.0 ?x206)))
 (let ((?x164 (+ ?x202 ?x207)))
 (let ((?x205 (* 0.0 ?x202)))
 (let ((?x165 (+ ?x205 ?x164)))
 (let ((?x197 (/ ?x139 exp!7)))
 (let ((?x166 (* ?x197 ?x165)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[1]| ?x113)))
 (let ((?x219 (* ?x126 ?x166)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x199 (/ ?x122 ?x140)))
 (let ((?x200 (* ?x137 ?x199)))
 (let ((?x208 (+ ?x118 ?x200)))
 (let ((?x209 (* ?x197 ?x208)))
 (or (and (distinct ?x209 ?x219) true))))))))))))))))))))))))))))))))
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
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
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
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
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
 (let (($x478 (< log!181 |logits[2]|)))
 (= $x478 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x471 (< log!181 |logits[0]|)))
 (= $x471 (< exp!6 exp!2))))
(assert
 (let (($x535 (< |logits[0]| log!181)))
 (= $x535 (< exp!2 exp!6))))
(assert
 (let (($x527 (< log!181 |logits[1]|)))
 (= $x527 (< exp!6 exp!3))))
(assert
 (let (($x528 (< |logits[1]| log!181)))
 (= $x528 (< exp!3 exp!6))))
(assert
 (let (($x536 (< log!181 log!116)))
 (= $x536 (< exp!6 exp!5))))
(assert
 (let (($x518 (< log!116 log!181)))
 (= $x518 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x180 (> log!181 0.0)))
 (= $x180 (> exp!6 1.0))))
(assert
 (let ((?x254 (+ 1.0 log!181)))
 (>= exp!6 ?x254)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x265 (> ?x140 0.0)))
 (=> $x265 (= exp!6 ?x140)))))))))
(assert
 (let (($x478 (< log!181 |logits[2]|)))
 (= $x478 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x471 (< log!181 |logits[0]|)))
 (= $x471 (< exp!7 exp!2))))
(assert
 (let (($x535 (< |logits[0]| log!181)))
 (= $x535 (< exp!2 exp!7))))
(assert
 (let (($x527 (< log!181 |logits[1]|)))
 (= $x527 (< exp!7 exp!3))))
(assert
 (let (($x528 (< |logits[1]| log!181)))
 (= $x528 (< exp!3 exp!7))))
(assert
 (let (($x536 (< log!181 log!116)))
 (= $x536 (< exp!7 exp!5))))
(assert
 (let (($x518 (< log!116 log!181)))
 (= $x518 (< exp!5 exp!7))))
(assert
 (let (($x407 (< log!181 log!181)))
 (= $x407 (< exp!7 exp!6))))
(assert
 (let (($x407 (< log!181 log!181)))
 (= $x407 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x180 (> log!181 0.0)))
 (= $x180 (> exp!7 1.0))))
(assert
 (let ((?x254 (+ 1.0 log!181)))
 (>= exp!7 ?x254)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x139 (/ ?x51 exp!1)))
(let ((?x137 (/ (* 1.0 exp!2) exp!1)))
(let ((?x541 (+ ?x137 ?x139)))
(let ((?x140 (+ 1.0 ?x541)))
(let (($x265 (> ?x140 0.0)))
(=> $x265 (= exp!7 ?x140)))))))))
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
(declare-fun log!116 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!181 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!248 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x136 exp!3)))
 (let ((?x562 (+ 1.0 ?x378)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x634 (/ ?x24 exp!3)))
 (let ((?x326 (+ ?x634 ?x562)))
 (< 0.0 ?x326))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x136 exp!3)))
 (let ((?x562 (+ 1.0 ?x378)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x634 (/ ?x24 exp!3)))
 (let ((?x326 (+ ?x634 ?x562)))
 (let (($x266 (= 0.0 ?x326)))
 (not $x266)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x136 exp!3)))
 (let ((?x562 (+ 1.0 ?x378)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x634 (/ ?x24 exp!3)))
 (let ((?x326 (+ ?x634 ?x562)))
 (let (($x266 (= 0.0 ?x326)))
 (not $x266)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x136 exp!3)))
 (let ((?x562 (+ 1.0 ?x378)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x634 (/ ?x24 exp!3)))
 (let ((?x326 (+ ?x634 ?x562)))
 (let (($x266 (= 0.0 ?x326)))
 (not $x266)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x136 exp!3)))
 (let ((?x562 (+ 1.0 ?x378)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x634 (/ ?x24 exp!3)))
 (let ((?x326 (+ ?x634 ?x562)))
 (< 0.0 ?x326))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x136 exp!3)))
 (let ((?x562 (+ 1.0 ?x378)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x634 (/ ?x24 exp!3)))
 (let ((?x326 (+ ?x634 ?x562)))
 (let (($x266 (= 0.0 ?x326)))
 (not $x266)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x136 exp!3)))
 (let ((?x562 (+ 1.0 ?x378)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x634 (/ ?x24 exp!3)))
 (let ((?x326 (+ ?x634 ?x562)))
 (let (($x266 (= 0.0 ?x326)))
 (not $x266)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x136 exp!3)))
 (let ((?x562 (+ 1.0 ?x378)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x634 (/ ?x24 exp!3)))
 (let ((?x326 (+ ?x634 ?x562)))
 (let ((?x662 (/ ?x378 ?x326)))
 (let ((?x695 (- ?x662)))
 (let ((?x514 (+ 1.0 ?x695)))
 (let ((?x572 (* 0.0 ?x514)))
 (let ((?x491 (+ ?x695 ?x572)))
 (let ((?x553 (* 0.0 ?x695)))
 (let ((?x382 (+ ?x553 ?x491)))
 (let ((?x408 (/ 1.0 exp!9)))
 (let ((?x426 (* ?x408 ?x382)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[1]| ?x113)))
 (let ((?x660 (* ?x126 ?x426)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x384 (/ ?x122 ?x326)))
 (let ((?x322 (* ?x378 ?x384)))
 (let ((?x374 (+ ?x118 ?x322)))
 (let ((?x885 (* ?x408 ?x374)))
 (or (and (distinct ?x885 ?x660) true)))))))))))))))))))))))))))))))))
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
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
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
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
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
 (let (($x478 (< log!181 |logits[2]|)))
 (= $x478 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x471 (< log!181 |logits[0]|)))
 (= $x471 (< exp!6 exp!2))))
(assert
 (let (($x535 (< |logits[0]| log!181)))
 (= $x535 (< exp!2 exp!6))))
(assert
 (let (($x527 (< log!181 |logits[1]|)))
 (= $x527 (< exp!6 exp!3))))
(assert
 (let (($x528 (< |logits[1]| log!181)))
 (= $x528 (< exp!3 exp!6))))
(assert
 (let (($x536 (< log!181 log!116)))
 (= $x536 (< exp!6 exp!5))))
(assert
 (let (($x518 (< log!116 log!181)))
 (= $x518 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x180 (> log!181 0.0)))
 (= $x180 (> exp!6 1.0))))
(assert
 (let ((?x254 (+ 1.0 log!181)))
 (>= exp!6 ?x254)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x265 (> ?x140 0.0)))
 (=> $x265 (= exp!6 ?x140))))))))))
(assert
 (let (($x478 (< log!181 |logits[2]|)))
 (= $x478 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x471 (< log!181 |logits[0]|)))
 (= $x471 (< exp!7 exp!2))))
(assert
 (let (($x535 (< |logits[0]| log!181)))
 (= $x535 (< exp!2 exp!7))))
(assert
 (let (($x527 (< log!181 |logits[1]|)))
 (= $x527 (< exp!7 exp!3))))
(assert
 (let (($x528 (< |logits[1]| log!181)))
 (= $x528 (< exp!3 exp!7))))
(assert
 (let (($x536 (< log!181 log!116)))
 (= $x536 (< exp!7 exp!5))))
(assert
 (let (($x518 (< log!116 log!181)))
 (= $x518 (< exp!5 exp!7))))
(assert
 (let (($x407 (< log!181 log!181)))
 (= $x407 (< exp!7 exp!6))))
(assert
 (let (($x407 (< log!181 log!181)))
 (= $x407 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x180 (> log!181 0.0)))
 (= $x180 (> exp!7 1.0))))
(assert
 (let ((?x254 (+ 1.0 log!181)))
 (>= exp!7 ?x254)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x265 (> ?x140 0.0)))
 (=> $x265 (= exp!7 ?x140))))))))))
(assert
 (let (($x441 (< log!248 |logits[2]|)))
 (= $x441 (< exp!8 exp!1))))
(assert
 (let (($x145 (< |logits[2]| log!248)))
 (= $x145 (< exp!1 exp!8))))
(assert
 (let (($x338 (< log!248 |logits[0]|)))
 (= $x338 (< exp!8 exp!2))))
(assert
 (let (($x574 (< |logits[0]| log!248)))
 (= $x574 (< exp!2 exp!8))))
(assert
 (let (($x624 (< log!248 |logits[1]|)))
 (= $x624 (< exp!8 exp!3))))
(assert
 (let (($x548 (< |logits[1]| log!248)))
 (= $x548 (< exp!3 exp!8))))
(assert
 (let (($x506 (< log!248 log!116)))
 (= $x506 (< exp!8 exp!5))))
(assert
 (let (($x445 (< log!116 log!248)))
 (= $x445 (< exp!5 exp!8))))
(assert
 (let (($x607 (< log!248 log!181)))
 (= $x607 (< exp!8 exp!7))))
(assert
 (let (($x396 (< log!181 log!248)))
 (= $x396 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x319 (> log!248 0.0)))
 (= $x319 (> exp!8 1.0))))
(assert
 (let ((?x244 (+ 1.0 log!248)))
 (>= exp!8 ?x244)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x136 exp!3)))
 (let ((?x562 (+ 1.0 ?x378)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x634 (/ ?x24 exp!3)))
 (let ((?x326 (+ ?x634 ?x562)))
 (let (($x203 (> ?x326 0.0)))
 (=> $x203 (= exp!8 ?x326))))))))))
(assert
 (let (($x441 (< log!248 |logits[2]|)))
 (= $x441 (< exp!9 exp!1))))
(assert
 (let (($x145 (< |logits[2]| log!248)))
 (= $x145 (< exp!1 exp!9))))
(assert
 (let (($x338 (< log!248 |logits[0]|)))
 (= $x338 (< exp!9 exp!2))))
(assert
 (let (($x574 (< |logits[0]| log!248)))
 (= $x574 (< exp!2 exp!9))))
(assert
 (let (($x624 (< log!248 |logits[1]|)))
 (= $x624 (< exp!9 exp!3))))
(assert
 (let (($x548 (< |logits[1]| log!248)))
 (= $x548 (< exp!3 exp!9))))
(assert
 (let (($x506 (< log!248 log!116)))
 (= $x506 (< exp!9 exp!5))))
(assert
 (let (($x445 (< log!116 log!248)))
 (= $x445 (< exp!5 exp!9))))
(assert
 (let (($x607 (< log!248 log!181)))
 (= $x607 (< exp!9 exp!7))))
(assert
 (let (($x396 (< log!181 log!248)))
 (= $x396 (< exp!7 exp!9))))
(assert
 (let (($x571 (< log!248 log!248)))
 (= $x571 (< exp!9 exp!8))))
(assert
 (let (($x571 (< log!248 log!248)))
 (= $x571 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x319 (> log!248 0.0)))
 (= $x319 (> exp!9 1.0))))
(assert
 (let ((?x244 (+ 1.0 log!248)))
 (>= exp!9 ?x244)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x378 (/ ?x136 exp!3)))
(let ((?x562 (+ 1.0 ?x378)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x634 (/ ?x24 exp!3)))
(let ((?x326 (+ ?x634 ?x562)))
(let (($x203 (> ?x326 0.0)))
(=> $x203 (= exp!9 ?x326))))))))))
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
(declare-fun log!116 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!181 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!248 () Real)
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
 (let ((?x210 (/ ?x137 ?x140)))
 (let ((?x202 (- ?x210)))
 (let ((?x206 (+ 1.0 ?x202)))
 (let ((?x207 (* 0.0 ?x206)))
 (let ((?x164 (+ ?x202 ?x207)))
 (let ((?x205 (* 0.0 ?x202)))
 (let ((?x165 (+ ?x205 ?x164)))
 (let ((?x197 (/ ?x139 exp!7)))
 (let ((?x166 (* ?x197 ?x165)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[1]| ?x113)))
 (let ((?x219 (* ?x126 ?x166)))
 (let ((?x116 (* |f[1]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x120 (- ?x117)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x199 (/ ?x122 ?x140)))
 (let ((?x200 (* ?x137 ?x199)))
 (let ((?x208 (+ ?x118 ?x200)))
 (let ((?x209 (* ?x197 ?x208)))
 (or (and (distinct ?x209 ?x219) true)))))))))))))))))))))))))))))))))
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
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
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
 (let (($x60 (< log!116 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!116)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!116 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!116)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!116 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!116)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!116 log!116)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!116 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!116)))
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
 (let (($x478 (< log!181 |logits[2]|)))
 (= $x478 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x471 (< log!181 |logits[0]|)))
 (= $x471 (< exp!6 exp!2))))
(assert
 (let (($x535 (< |logits[0]| log!181)))
 (= $x535 (< exp!2 exp!6))))
(assert
 (let (($x527 (< log!181 |logits[1]|)))
 (= $x527 (< exp!6 exp!3))))
(assert
 (let (($x528 (< |logits[1]| log!181)))
 (= $x528 (< exp!3 exp!6))))
(assert
 (let (($x536 (< log!181 log!116)))
 (= $x536 (< exp!6 exp!5))))
(assert
 (let (($x518 (< log!116 log!181)))
 (= $x518 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x180 (> log!181 0.0)))
 (= $x180 (> exp!6 1.0))))
(assert
 (let ((?x254 (+ 1.0 log!181)))
 (>= exp!6 ?x254)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x265 (> ?x140 0.0)))
 (=> $x265 (= exp!6 ?x140))))))))))
(assert
 (let (($x478 (< log!181 |logits[2]|)))
 (= $x478 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x471 (< log!181 |logits[0]|)))
 (= $x471 (< exp!7 exp!2))))
(assert
 (let (($x535 (< |logits[0]| log!181)))
 (= $x535 (< exp!2 exp!7))))
(assert
 (let (($x527 (< log!181 |logits[1]|)))
 (= $x527 (< exp!7 exp!3))))
(assert
 (let (($x528 (< |logits[1]| log!181)))
 (= $x528 (< exp!3 exp!7))))
(assert
 (let (($x536 (< log!181 log!116)))
 (= $x536 (< exp!7 exp!5))))
(assert
 (let (($x518 (< log!116 log!181)))
 (= $x518 (< exp!5 exp!7))))
(assert
 (let (($x407 (< log!181 log!181)))
 (= $x407 (< exp!7 exp!6))))
(assert
 (let (($x407 (< log!181 log!181)))
 (= $x407 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x180 (> log!181 0.0)))
 (= $x180 (> exp!7 1.0))))
(assert
 (let ((?x254 (+ 1.0 log!181)))
 (>= exp!7 ?x254)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x265 (> ?x140 0.0)))
 (=> $x265 (= exp!7 ?x140))))))))))
(assert
 (let (($x441 (< log!248 |logits[2]|)))
 (= $x441 (< exp!8 exp!1))))
(assert
 (let (($x145 (< |logits[2]| log!248)))
 (= $x145 (< exp!1 exp!8))))
(assert
 (let (($x338 (< log!248 |logits[0]|)))
 (= $x338 (< exp!8 exp!2))))
(assert
 (let (($x574 (< |logits[0]| log!248)))
 (= $x574 (< exp!2 exp!8))))
(assert
 (let (($x624 (< log!248 |logits[1]|)))
 (= $x624 (< exp!8 exp!3))))
(assert
 (let (($x548 (< |logits[1]| log!248)))
 (= $x548 (< exp!3 exp!8))))
(assert
 (let (($x506 (< log!248 log!116)))
 (= $x506 (< exp!8 exp!5))))
(assert
 (let (($x445 (< log!116 log!248)))
 (= $x445 (< exp!5 exp!8))))
(assert
 (let (($x607 (< log!248 log!181)))
 (= $x607 (< exp!8 exp!7))))
(assert
 (let (($x396 (< log!181 log!248)))
 (= $x396 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x319 (> log!248 0.0)))
 (= $x319 (> exp!8 1.0))))
(assert
 (let ((?x244 (+ 1.0 log!248)))
 (>= exp!8 ?x244)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x378 (/ ?x136 exp!3)))
 (let ((?x562 (+ 1.0 ?x378)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x634 (/ ?x24 exp!3)))
 (let ((?x326 (+ ?x634 ?x562)))
 (let (($x203 (> ?x326 0.0)))
 (=> $x203 (= exp!8 ?x326))))))))))
(assert
 (let (($x441 (< log!248 |logits[2]|)))
 (= $x441 (< exp!9 exp!1))))
(assert
 (let (($x145 (< |logits[2]| log!248)))
 (= $x145 (< exp!1 exp!9))))
(assert
 (let (($x338 (< log!248 |logits[0]|)))
 (= $x338 (< exp!9 exp!2))))
(assert
 (let (($x574 (< |logits[0]| log!248)))
 (= $x574 (< exp!2 exp!9))))
(assert
 (let (($x624 (< log!248 |logits[1]|)))
 (= $x624 (< exp!9 exp!3))))
(assert
 (let (($x548 (< |logits[1]| log!248)))
 (= $x548 (< exp!3 exp!9))))
(assert
 (let (($x506 (< log!248 log!116)))
 (= $x506 (< exp!9 exp!5))))
(assert
 (let (($x445 (< log!116 log!248)))
 (= $x445 (< exp!5 exp!9))))
(assert
 (let (($x607 (< log!248 log!181)))
 (= $x607 (< exp!9 exp!7))))
(assert
 (let (($x396 (< log!181 log!248)))
 (= $x396 (< exp!7 exp!9))))
(assert
 (let (($x571 (< log!248 log!248)))
 (= $x571 (< exp!9 exp!8))))
(assert
 (let (($x571 (< log!248 log!248)))
 (= $x571 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x319 (> log!248 0.0)))
 (= $x319 (> exp!9 1.0))))
(assert
 (let ((?x244 (+ 1.0 log!248)))
 (>= exp!9 ?x244)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x378 (/ ?x136 exp!3)))
(let ((?x562 (+ 1.0 ?x378)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x634 (/ ?x24 exp!3)))
(let ((?x326 (+ ?x634 ?x562)))
(let (($x203 (> ?x326 0.0)))
(=> $x203 (= exp!9 ?x326))))))))))
(check-sat)
(pop 1)
