; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@2[0]', verdict proved
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
(declare-fun |f[2]| () Real)
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
 (let ((?x294 (/ ?x137 ?x140)))
 (let ((?x306 (- ?x294)))
 (let ((?x310 (* 0.0 ?x306)))
 (let ((?x299 (+ 1.0 ?x306)))
 (let ((?x300 (* 0.0 ?x299)))
 (let ((?x312 (+ ?x300 ?x310)))
 (let ((?x158 (+ ?x306 ?x312)))
 (let ((?x414 (/ 1.0 exp!7)))
 (let ((?x159 (* ?x414 ?x158)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[2]| ?x113)))
 (let ((?x275 (* ?x126 ?x159)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (- ?x118)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x119 (- ?x117)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x415 (/ ?x122 ?x140)))
 (let ((?x187 (* ?x137 ?x415)))
 (let ((?x188 (+ ?x118 ?x187)))
 (let ((?x293 (* ?x414 ?x188)))
 (or (and (distinct ?x293 ?x275) true))))))))))))))))))))))))))))))))
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
 (let (($x168 (> log!179 0.0)))
 (= $x168 (> exp!6 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!179)))
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
 (let (($x406 (< log!179 log!179)))
 (= $x406 (< exp!7 exp!6))))
(assert
 (let (($x406 (< log!179 log!179)))
 (= $x406 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x168 (> log!179 0.0)))
 (= $x168 (> exp!7 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!179)))
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
 (let ((?x354 (/ ?x136 exp!3)))
 (let ((?x410 (+ 1.0 ?x354)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x653 (/ ?x24 exp!3)))
 (let ((?x580 (+ ?x653 ?x410)))
 (< 0.0 ?x580))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x354 (/ ?x136 exp!3)))
 (let ((?x410 (+ 1.0 ?x354)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x653 (/ ?x24 exp!3)))
 (let ((?x580 (+ ?x653 ?x410)))
 (let (($x304 (= 0.0 ?x580)))
 (not $x304)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x354 (/ ?x136 exp!3)))
 (let ((?x410 (+ 1.0 ?x354)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x653 (/ ?x24 exp!3)))
 (let ((?x580 (+ ?x653 ?x410)))
 (let (($x304 (= 0.0 ?x580)))
 (not $x304)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x354 (/ ?x136 exp!3)))
 (let ((?x410 (+ 1.0 ?x354)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x653 (/ ?x24 exp!3)))
 (let ((?x580 (+ ?x653 ?x410)))
 (let (($x304 (= 0.0 ?x580)))
 (not $x304)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x354 (/ ?x136 exp!3)))
 (let ((?x410 (+ 1.0 ?x354)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x653 (/ ?x24 exp!3)))
 (let ((?x580 (+ ?x653 ?x410)))
 (< 0.0 ?x580))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x354 (/ ?x136 exp!3)))
 (let ((?x410 (+ 1.0 ?x354)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x653 (/ ?x24 exp!3)))
 (let ((?x580 (+ ?x653 ?x410)))
 (let (($x304 (= 0.0 ?x580)))
 (not $x304)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x354 (/ ?x136 exp!3)))
 (let ((?x410 (+ 1.0 ?x354)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x653 (/ ?x24 exp!3)))
 (let ((?x580 (+ ?x653 ?x410)))
 (let (($x304 (= 0.0 ?x580)))
 (not $x304)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x354 (/ ?x136 exp!3)))
 (let ((?x410 (+ 1.0 ?x354)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x653 (/ ?x24 exp!3)))
 (let ((?x580 (+ ?x653 ?x410)))
 (let ((?x663 (/ ?x354 ?x580)))
 (let ((?x696 (- ?x663)))
 (let ((?x464 (* 0.0 ?x696)))
 (let ((?x559 (+ 1.0 ?x696)))
 (let ((?x467 (* 0.0 ?x559)))
 (let ((?x548 (+ ?x467 ?x464)))
 (let ((?x385 (+ ?x696 ?x548)))
 (let ((?x443 (/ ?x653 exp!9)))
 (let ((?x428 (* ?x443 ?x385)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[2]| ?x113)))
 (let ((?x424 (* ?x126 ?x428)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (- ?x118)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x119 (- ?x117)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x297 (/ ?x122 ?x580)))
 (let ((?x318 (* ?x354 ?x297)))
 (let ((?x476 (+ ?x118 ?x318)))
 (let ((?x882 (* ?x443 ?x476)))
 (or (and (distinct ?x882 ?x424) true)))))))))))))))))))))))))))))))))
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
 (let (($x168 (> log!179 0.0)))
 (= $x168 (> exp!6 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!179)))
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
 (let (($x406 (< log!179 log!179)))
 (= $x406 (< exp!7 exp!6))))
(assert
 (let (($x406 (< log!179 log!179)))
 (= $x406 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x168 (> log!179 0.0)))
 (= $x168 (> exp!7 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!179)))
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
 (let (($x544 (< log!246 |logits[2]|)))
 (= $x544 (< exp!8 exp!1))))
(assert
 (let (($x617 (< |logits[2]| log!246)))
 (= $x617 (< exp!1 exp!8))))
(assert
 (let (($x353 (< log!246 |logits[0]|)))
 (= $x353 (< exp!8 exp!2))))
(assert
 (let (($x655 (< |logits[0]| log!246)))
 (= $x655 (< exp!2 exp!8))))
(assert
 (let (($x670 (< log!246 |logits[1]|)))
 (= $x670 (< exp!8 exp!3))))
(assert
 (let (($x634 (< |logits[1]| log!246)))
 (= $x634 (< exp!3 exp!8))))
(assert
 (let (($x552 (< log!246 log!114)))
 (= $x552 (< exp!8 exp!5))))
(assert
 (let (($x489 (< log!114 log!246)))
 (= $x489 (< exp!5 exp!8))))
(assert
 (let (($x434 (< log!246 log!179)))
 (= $x434 (< exp!8 exp!7))))
(assert
 (let (($x387 (< log!179 log!246)))
 (= $x387 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x260 (> log!246 0.0)))
 (= $x260 (> exp!8 1.0))))
(assert
 (let ((?x207 (+ 1.0 log!246)))
 (>= exp!8 ?x207)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x354 (/ ?x136 exp!3)))
 (let ((?x410 (+ 1.0 ?x354)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x653 (/ ?x24 exp!3)))
 (let ((?x580 (+ ?x653 ?x410)))
 (let (($x149 (> ?x580 0.0)))
 (=> $x149 (= exp!8 ?x580))))))))))
(assert
 (let (($x544 (< log!246 |logits[2]|)))
 (= $x544 (< exp!9 exp!1))))
(assert
 (let (($x617 (< |logits[2]| log!246)))
 (= $x617 (< exp!1 exp!9))))
(assert
 (let (($x353 (< log!246 |logits[0]|)))
 (= $x353 (< exp!9 exp!2))))
(assert
 (let (($x655 (< |logits[0]| log!246)))
 (= $x655 (< exp!2 exp!9))))
(assert
 (let (($x670 (< log!246 |logits[1]|)))
 (= $x670 (< exp!9 exp!3))))
(assert
 (let (($x634 (< |logits[1]| log!246)))
 (= $x634 (< exp!3 exp!9))))
(assert
 (let (($x552 (< log!246 log!114)))
 (= $x552 (< exp!9 exp!5))))
(assert
 (let (($x489 (< log!114 log!246)))
 (= $x489 (< exp!5 exp!9))))
(assert
 (let (($x434 (< log!246 log!179)))
 (= $x434 (< exp!9 exp!7))))
(assert
 (let (($x387 (< log!179 log!246)))
 (= $x387 (< exp!7 exp!9))))
(assert
 (let (($x432 (< log!246 log!246)))
 (= $x432 (< exp!9 exp!8))))
(assert
 (let (($x432 (< log!246 log!246)))
 (= $x432 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x260 (> log!246 0.0)))
 (= $x260 (> exp!9 1.0))))
(assert
 (let ((?x207 (+ 1.0 log!246)))
 (>= exp!9 ?x207)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x354 (/ ?x136 exp!3)))
(let ((?x410 (+ 1.0 ?x354)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x653 (/ ?x24 exp!3)))
(let ((?x580 (+ ?x653 ?x410)))
(let (($x149 (> ?x580 0.0)))
(=> $x149 (= exp!9 ?x580))))))))))
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
 (let ((?x294 (/ ?x137 ?x140)))
 (let ((?x306 (- ?x294)))
 (let ((?x310 (* 0.0 ?x306)))
 (let ((?x299 (+ 1.0 ?x306)))
 (let ((?x300 (* 0.0 ?x299)))
 (let ((?x312 (+ ?x300 ?x310)))
 (let ((?x158 (+ ?x306 ?x312)))
 (let ((?x414 (/ 1.0 exp!7)))
 (let ((?x159 (* ?x414 ?x158)))
 (let ((?x113 (- b)))
 (let ((?x126 (+ |f[2]| ?x113)))
 (let ((?x275 (* ?x126 ?x159)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (- ?x118)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x119 (- ?x117)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x415 (/ ?x122 ?x140)))
 (let ((?x187 (* ?x137 ?x415)))
 (let ((?x188 (+ ?x118 ?x187)))
 (let ((?x293 (* ?x414 ?x188)))
 (or (and (distinct ?x293 ?x275) true)))))))))))))))))))))))))))))))))
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
 (let (($x168 (> log!179 0.0)))
 (= $x168 (> exp!6 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!179)))
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
 (let (($x406 (< log!179 log!179)))
 (= $x406 (< exp!7 exp!6))))
(assert
 (let (($x406 (< log!179 log!179)))
 (= $x406 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x168 (> log!179 0.0)))
 (= $x168 (> exp!7 1.0))))
(assert
 (let ((?x171 (+ 1.0 log!179)))
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
 (let (($x544 (< log!246 |logits[2]|)))
 (= $x544 (< exp!8 exp!1))))
(assert
 (let (($x617 (< |logits[2]| log!246)))
 (= $x617 (< exp!1 exp!8))))
(assert
 (let (($x353 (< log!246 |logits[0]|)))
 (= $x353 (< exp!8 exp!2))))
(assert
 (let (($x655 (< |logits[0]| log!246)))
 (= $x655 (< exp!2 exp!8))))
(assert
 (let (($x670 (< log!246 |logits[1]|)))
 (= $x670 (< exp!8 exp!3))))
(assert
 (let (($x634 (< |logits[1]| log!246)))
 (= $x634 (< exp!3 exp!8))))
(assert
 (let (($x552 (< log!246 log!114)))
 (= $x552 (< exp!8 exp!5))))
(assert
 (let (($x489 (< log!114 log!246)))
 (= $x489 (< exp!5 exp!8))))
(assert
 (let (($x434 (< log!246 log!179)))
 (= $x434 (< exp!8 exp!7))))
(assert
 (let (($x387 (< log!179 log!246)))
 (= $x387 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x260 (> log!246 0.0)))
 (= $x260 (> exp!8 1.0))))
(assert
 (let ((?x207 (+ 1.0 log!246)))
 (>= exp!8 ?x207)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x354 (/ ?x136 exp!3)))
 (let ((?x410 (+ 1.0 ?x354)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x653 (/ ?x24 exp!3)))
 (let ((?x580 (+ ?x653 ?x410)))
 (let (($x149 (> ?x580 0.0)))
 (=> $x149 (= exp!8 ?x580))))))))))
(assert
 (let (($x544 (< log!246 |logits[2]|)))
 (= $x544 (< exp!9 exp!1))))
(assert
 (let (($x617 (< |logits[2]| log!246)))
 (= $x617 (< exp!1 exp!9))))
(assert
 (let (($x353 (< log!246 |logits[0]|)))
 (= $x353 (< exp!9 exp!2))))
(assert
 (let (($x655 (< |logits[0]| log!246)))
 (= $x655 (< exp!2 exp!9))))
(assert
 (let (($x670 (< log!246 |logits[1]|)))
 (= $x670 (< exp!9 exp!3))))
(assert
 (let (($x634 (< |logits[1]| log!246)))
 (= $x634 (< exp!3 exp!9))))
(assert
 (let (($x552 (< log!246 log!114)))
 (= $x552 (< exp!9 exp!5))))
(assert
 (let (($x489 (< log!114 log!246)))
 (= $x489 (< exp!5 exp!9))))
(assert
 (let (($x434 (< log!246 log!179)))
 (= $x434 (< exp!9 exp!7))))
(assert
 (let (($x387 (< log!179 log!246)))
 (= $x387 (< exp!7 exp!9))))
(assert
 (let (($x432 (< log!246 log!246)))
 (= $x432 (< exp!9 exp!8))))
(assert
 (let (($x432 (< log!246 log!246)))
 (= $x432 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x260 (> log!246 0.0)))
 (= $x260 (> exp!9 1.0))))
(assert
 (let ((?x207 (+ 1.0 log!246)))
 (>= exp!9 ?x207)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x354 (/ ?x136 exp!3)))
(let ((?x410 (+ 1.0 ?x354)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x653 (/ ?x24 exp!3)))
(let ((?x580 (+ ?x653 ?x410)))
(let (($x149 (> ?x580 0.0)))
(=> $x149 (= exp!9 ?x580))))))))))
(check-sat)
(pop 1)
