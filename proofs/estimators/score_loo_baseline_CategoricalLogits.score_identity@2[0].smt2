; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@2[0]', verdict proved
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
(declare-fun |f[2]| () Real)
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
 (let ((?x131 (* 0.0 ?x128)))
 (let ((?x129 (+ 1.0 ?x128)))
 (let ((?x130 (* 0.0 ?x129)))
 (let ((?x132 (+ ?x130 ?x131)))
 (let ((?x133 (+ ?x128 ?x132)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x134 (* ?x111 ?x133)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[2]| ?x113)))
 (let ((?x135 (* ?x126 ?x134)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (- ?x118)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x119 (- ?x117)))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x219 (/ ?x137 ?x140)))
 (let ((?x229 (- ?x219)))
 (let ((?x414 (* 0.0 ?x229)))
 (let ((?x233 (+ 1.0 ?x229)))
 (let ((?x235 (* 0.0 ?x233)))
 (let ((?x415 (+ ?x235 ?x414)))
 (let ((?x187 (+ ?x229 ?x415)))
 (let ((?x403 (/ 1.0 exp!7)))
 (let ((?x188 (* ?x403 ?x187)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[2]| ?x113)))
 (let ((?x158 (* ?x126 ?x188)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (- ?x118)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x119 (- ?x117)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x404 (/ ?x122 ?x140)))
 (let ((?x164 (* ?x137 ?x404)))
 (let ((?x165 (+ ?x118 ?x164)))
 (let ((?x166 (* ?x403 ?x165)))
 (or (and (distinct ?x166 ?x158) true))))))))))))))))))))))))))))))))
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
 (let (($x168 (> log!181 0.0)))
 (= $x168 (> exp!6 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!181)))
 (>= exp!6 ?x171)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x197 (> ?x140 0.0)))
 (=> $x197 (= exp!6 ?x140)))))))))
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
 (let (($x294 (< log!181 log!181)))
 (= $x294 (< exp!7 exp!6))))
(assert
 (let (($x294 (< log!181 log!181)))
 (= $x294 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x168 (> log!181 0.0)))
 (= $x168 (> exp!7 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!181)))
 (>= exp!7 ?x171)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x139 (/ ?x51 exp!1)))
(let ((?x137 (/ (* 1.0 exp!2) exp!1)))
(let ((?x541 (+ ?x137 ?x139)))
(let ((?x140 (+ 1.0 ?x541)))
(let (($x197 (> ?x140 0.0)))
(=> $x197 (= exp!7 ?x140)))))))))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x259 (/ ?x136 exp!3)))
 (let ((?x155 (+ 1.0 ?x259)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x420 (/ ?x24 exp!3)))
 (let ((?x224 (+ ?x420 ?x155)))
 (< 0.0 ?x224))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x259 (/ ?x136 exp!3)))
 (let ((?x155 (+ 1.0 ?x259)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x420 (/ ?x24 exp!3)))
 (let ((?x224 (+ ?x420 ?x155)))
 (let (($x445 (= 0.0 ?x224)))
 (not $x445)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x259 (/ ?x136 exp!3)))
 (let ((?x155 (+ 1.0 ?x259)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x420 (/ ?x24 exp!3)))
 (let ((?x224 (+ ?x420 ?x155)))
 (let (($x445 (= 0.0 ?x224)))
 (not $x445)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x259 (/ ?x136 exp!3)))
 (let ((?x155 (+ 1.0 ?x259)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x420 (/ ?x24 exp!3)))
 (let ((?x224 (+ ?x420 ?x155)))
 (let (($x445 (= 0.0 ?x224)))
 (not $x445)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x259 (/ ?x136 exp!3)))
 (let ((?x155 (+ 1.0 ?x259)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x420 (/ ?x24 exp!3)))
 (let ((?x224 (+ ?x420 ?x155)))
 (< 0.0 ?x224))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x259 (/ ?x136 exp!3)))
 (let ((?x155 (+ 1.0 ?x259)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x420 (/ ?x24 exp!3)))
 (let ((?x224 (+ ?x420 ?x155)))
 (let (($x445 (= 0.0 ?x224)))
 (not $x445)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x259 (/ ?x136 exp!3)))
 (let ((?x155 (+ 1.0 ?x259)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x420 (/ ?x24 exp!3)))
 (let ((?x224 (+ ?x420 ?x155)))
 (let (($x445 (= 0.0 ?x224)))
 (not $x445)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x259 (/ ?x136 exp!3)))
 (let ((?x155 (+ 1.0 ?x259)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x420 (/ ?x24 exp!3)))
 (let ((?x224 (+ ?x420 ?x155)))
 (let ((?x664 (/ ?x259 ?x224)))
 (let ((?x739 (- ?x664)))
 (let ((?x470 (* 0.0 ?x739)))
 (let ((?x439 (+ 1.0 ?x739)))
 (let ((?x476 (* 0.0 ?x439)))
 (let ((?x553 (+ ?x476 ?x470)))
 (let ((?x588 (+ ?x739 ?x553)))
 (let ((?x409 (/ ?x420 exp!9)))
 (let ((?x329 (* ?x409 ?x588)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[2]| ?x113)))
 (let ((?x483 (* ?x126 ?x329)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (- ?x118)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x119 (- ?x117)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x513 (/ ?x122 ?x224)))
 (let ((?x590 (* ?x259 ?x513)))
 (let ((?x648 (+ ?x118 ?x590)))
 (let ((?x885 (* ?x409 ?x648)))
 (or (and (distinct ?x885 ?x483) true)))))))))))))))))))))))))))))))))
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
 (let (($x168 (> log!181 0.0)))
 (= $x168 (> exp!6 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!181)))
 (>= exp!6 ?x171)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x197 (> ?x140 0.0)))
 (=> $x197 (= exp!6 ?x140))))))))))
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
 (let (($x294 (< log!181 log!181)))
 (= $x294 (< exp!7 exp!6))))
(assert
 (let (($x294 (< log!181 log!181)))
 (= $x294 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x168 (> log!181 0.0)))
 (= $x168 (> exp!7 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!181)))
 (>= exp!7 ?x171)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x197 (> ?x140 0.0)))
 (=> $x197 (= exp!7 ?x140))))))))))
(assert
 (let (($x185 (< log!248 |logits[2]|)))
 (= $x185 (< exp!8 exp!1))))
(assert
 (let (($x411 (< |logits[2]| log!248)))
 (= $x411 (< exp!1 exp!8))))
(assert
 (let (($x347 (< log!248 |logits[0]|)))
 (= $x347 (< exp!8 exp!2))))
(assert
 (let (($x183 (< |logits[0]| log!248)))
 (= $x183 (< exp!2 exp!8))))
(assert
 (let (($x672 (< log!248 |logits[1]|)))
 (= $x672 (< exp!8 exp!3))))
(assert
 (let (($x638 (< |logits[1]| log!248)))
 (= $x638 (< exp!3 exp!8))))
(assert
 (let (($x593 (< log!248 log!116)))
 (= $x593 (< exp!8 exp!5))))
(assert
 (let (($x583 (< log!116 log!248)))
 (= $x583 (< exp!5 exp!8))))
(assert
 (let (($x508 (< log!248 log!181)))
 (= $x508 (< exp!8 exp!7))))
(assert
 (let (($x432 (< log!181 log!248)))
 (= $x432 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x379 (> log!248 0.0)))
 (= $x379 (> exp!8 1.0))))
(assert
 (let ((?x324 (+ 1.0 log!248)))
 (>= exp!8 ?x324)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x259 (/ ?x136 exp!3)))
 (let ((?x155 (+ 1.0 ?x259)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x420 (/ ?x24 exp!3)))
 (let ((?x224 (+ ?x420 ?x155)))
 (let (($x216 (> ?x224 0.0)))
 (=> $x216 (= exp!8 ?x224))))))))))
(assert
 (let (($x185 (< log!248 |logits[2]|)))
 (= $x185 (< exp!9 exp!1))))
(assert
 (let (($x411 (< |logits[2]| log!248)))
 (= $x411 (< exp!1 exp!9))))
(assert
 (let (($x347 (< log!248 |logits[0]|)))
 (= $x347 (< exp!9 exp!2))))
(assert
 (let (($x183 (< |logits[0]| log!248)))
 (= $x183 (< exp!2 exp!9))))
(assert
 (let (($x672 (< log!248 |logits[1]|)))
 (= $x672 (< exp!9 exp!3))))
(assert
 (let (($x638 (< |logits[1]| log!248)))
 (= $x638 (< exp!3 exp!9))))
(assert
 (let (($x593 (< log!248 log!116)))
 (= $x593 (< exp!9 exp!5))))
(assert
 (let (($x583 (< log!116 log!248)))
 (= $x583 (< exp!5 exp!9))))
(assert
 (let (($x508 (< log!248 log!181)))
 (= $x508 (< exp!9 exp!7))))
(assert
 (let (($x432 (< log!181 log!248)))
 (= $x432 (< exp!7 exp!9))))
(assert
 (let (($x454 (< log!248 log!248)))
 (= $x454 (< exp!9 exp!8))))
(assert
 (let (($x454 (< log!248 log!248)))
 (= $x454 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x379 (> log!248 0.0)))
 (= $x379 (> exp!9 1.0))))
(assert
 (let ((?x324 (+ 1.0 log!248)))
 (>= exp!9 ?x324)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x259 (/ ?x136 exp!3)))
(let ((?x155 (+ 1.0 ?x259)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x420 (/ ?x24 exp!3)))
(let ((?x224 (+ ?x420 ?x155)))
(let (($x216 (> ?x224 0.0)))
(=> $x216 (= exp!9 ?x224))))))))))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x219 (/ ?x137 ?x140)))
 (let ((?x229 (- ?x219)))
 (let ((?x414 (* 0.0 ?x229)))
 (let ((?x233 (+ 1.0 ?x229)))
 (let ((?x235 (* 0.0 ?x233)))
 (let ((?x415 (+ ?x235 ?x414)))
 (let ((?x187 (+ ?x229 ?x415)))
 (let ((?x403 (/ 1.0 exp!7)))
 (let ((?x188 (* ?x403 ?x187)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[2]| ?x113)))
 (let ((?x158 (* ?x126 ?x188)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (- ?x118)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x119 (- ?x117)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x404 (/ ?x122 ?x140)))
 (let ((?x164 (* ?x137 ?x404)))
 (let ((?x165 (+ ?x118 ?x164)))
 (let ((?x166 (* ?x403 ?x165)))
 (or (and (distinct ?x166 ?x158) true)))))))))))))))))))))))))))))))))
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
 (let (($x168 (> log!181 0.0)))
 (= $x168 (> exp!6 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!181)))
 (>= exp!6 ?x171)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x197 (> ?x140 0.0)))
 (=> $x197 (= exp!6 ?x140))))))))))
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
 (let (($x294 (< log!181 log!181)))
 (= $x294 (< exp!7 exp!6))))
(assert
 (let (($x294 (< log!181 log!181)))
 (= $x294 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x168 (> log!181 0.0)))
 (= $x168 (> exp!7 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!181)))
 (>= exp!7 ?x171)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x541 (+ ?x137 ?x139)))
 (let ((?x140 (+ 1.0 ?x541)))
 (let (($x197 (> ?x140 0.0)))
 (=> $x197 (= exp!7 ?x140))))))))))
(assert
 (let (($x185 (< log!248 |logits[2]|)))
 (= $x185 (< exp!8 exp!1))))
(assert
 (let (($x411 (< |logits[2]| log!248)))
 (= $x411 (< exp!1 exp!8))))
(assert
 (let (($x347 (< log!248 |logits[0]|)))
 (= $x347 (< exp!8 exp!2))))
(assert
 (let (($x183 (< |logits[0]| log!248)))
 (= $x183 (< exp!2 exp!8))))
(assert
 (let (($x672 (< log!248 |logits[1]|)))
 (= $x672 (< exp!8 exp!3))))
(assert
 (let (($x638 (< |logits[1]| log!248)))
 (= $x638 (< exp!3 exp!8))))
(assert
 (let (($x593 (< log!248 log!116)))
 (= $x593 (< exp!8 exp!5))))
(assert
 (let (($x583 (< log!116 log!248)))
 (= $x583 (< exp!5 exp!8))))
(assert
 (let (($x508 (< log!248 log!181)))
 (= $x508 (< exp!8 exp!7))))
(assert
 (let (($x432 (< log!181 log!248)))
 (= $x432 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x379 (> log!248 0.0)))
 (= $x379 (> exp!8 1.0))))
(assert
 (let ((?x324 (+ 1.0 log!248)))
 (>= exp!8 ?x324)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x259 (/ ?x136 exp!3)))
 (let ((?x155 (+ 1.0 ?x259)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x420 (/ ?x24 exp!3)))
 (let ((?x224 (+ ?x420 ?x155)))
 (let (($x216 (> ?x224 0.0)))
 (=> $x216 (= exp!8 ?x224))))))))))
(assert
 (let (($x185 (< log!248 |logits[2]|)))
 (= $x185 (< exp!9 exp!1))))
(assert
 (let (($x411 (< |logits[2]| log!248)))
 (= $x411 (< exp!1 exp!9))))
(assert
 (let (($x347 (< log!248 |logits[0]|)))
 (= $x347 (< exp!9 exp!2))))
(assert
 (let (($x183 (< |logits[0]| log!248)))
 (= $x183 (< exp!2 exp!9))))
(assert
 (let (($x672 (< log!248 |logits[1]|)))
 (= $x672 (< exp!9 exp!3))))
(assert
 (let (($x638 (< |logits[1]| log!248)))
 (= $x638 (< exp!3 exp!9))))
(assert
 (let (($x593 (< log!248 log!116)))
 (= $x593 (< exp!9 exp!5))))
(assert
 (let (($x583 (< log!116 log!248)))
 (= $x583 (< exp!5 exp!9))))
(assert
 (let (($x508 (< log!248 log!181)))
 (= $x508 (< exp!9 exp!7))))
(assert
 (let (($x432 (< log!181 log!248)))
 (= $x432 (< exp!7 exp!9))))
(assert
 (let (($x454 (< log!248 log!248)))
 (= $x454 (< exp!9 exp!8))))
(assert
 (let (($x454 (< log!248 log!248)))
 (= $x454 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x379 (> log!248 0.0)))
 (= $x379 (> exp!9 1.0))))
(assert
 (let ((?x324 (+ 1.0 log!248)))
 (>= exp!9 ?x324)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x259 (/ ?x136 exp!3)))
(let ((?x155 (+ 1.0 ?x259)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x420 (/ ?x24 exp!3)))
(let ((?x224 (+ ?x420 ?x155)))
(let (($x216 (> ?x224 0.0)))
(=> $x216 (= exp!9 ?x224))))))))))
(check-sat)
(pop 1)
