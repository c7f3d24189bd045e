; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@2[2]', verdict proved
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
 (let ((?x128 (/ ?x33 ?x54)))
 (let ((?x129 (- ?x128)))
 (let ((?x131 (* 0.0 ?x129)))
 (let ((?x132 (+ ?x131 ?x131)))
 (let ((?x130 (+ 1.0 ?x129)))
 (let ((?x133 (+ ?x130 ?x132)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x134 (* ?x111 ?x133)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x135 (* ?x127 ?x134)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x119 (* 0.0 ?x117)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x118 (- ?x117)))
 (let ((?x122 (+ ?x118 ?x121)))
 (let ((?x123 (/ ?x122 ?x54)))
 (let ((?x124 (* ?x33 ?x123)))
 (let ((?x125 (+ ?x117 ?x124)))
 (let ((?x126 (* ?x111 ?x125)))
 (or (and (distinct ?x126 ?x135) true))))))))))))))))))))))))))))))
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
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (< 0.0 ?x547)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (< 0.0 ?x547)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let ((?x242 (/ 1.0 ?x547)))
 (let ((?x246 (- ?x242)))
 (let ((?x207 (* 0.0 ?x246)))
 (let ((?x208 (+ ?x207 ?x207)))
 (let ((?x248 (+ 1.0 ?x246)))
 (let ((?x427 (+ ?x248 ?x208)))
 (let ((?x164 (/ 1.0 exp!7)))
 (let ((?x428 (* ?x164 ?x427)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x158 (* ?x127 ?x428)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x119 (* 0.0 ?x117)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x118 (- ?x117)))
 (let ((?x122 (+ ?x118 ?x121)))
 (let ((?x165 (/ ?x122 ?x547)))
 (let ((?x166 (+ ?x117 ?x165)))
 (let ((?x232 (* ?x164 ?x166)))
 (or (and (distinct ?x232 ?x158) true))))))))))))))))))))))))))))))
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
 (let (($x493 (< log!181 |logits[2]|)))
 (= $x493 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x484 (< log!181 |logits[0]|)))
 (= $x484 (< exp!6 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!181)))
 (= $x436 (< exp!2 exp!6))))
(assert
 (let (($x545 (< log!181 |logits[1]|)))
 (= $x545 (< exp!6 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!181)))
 (= $x543 (< exp!3 exp!6))))
(assert
 (let (($x554 (< log!181 log!116)))
 (= $x554 (< exp!6 exp!5))))
(assert
 (let (($x562 (< log!116 log!181)))
 (= $x562 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x179 (> log!181 0.0)))
 (= $x179 (> exp!6 1.0))))
(assert
 (let ((?x194 (+ 1.0 log!181)))
 (>= exp!6 ?x194)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x137 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x266 (> ?x547 0.0)))
 (=> $x266 (= exp!6 ?x547)))))))))
(assert
 (let (($x493 (< log!181 |logits[2]|)))
 (= $x493 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x484 (< log!181 |logits[0]|)))
 (= $x484 (< exp!7 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!181)))
 (= $x436 (< exp!2 exp!7))))
(assert
 (let (($x545 (< log!181 |logits[1]|)))
 (= $x545 (< exp!7 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!181)))
 (= $x543 (< exp!3 exp!7))))
(assert
 (let (($x554 (< log!181 log!116)))
 (= $x554 (< exp!7 exp!5))))
(assert
 (let (($x562 (< log!116 log!181)))
 (= $x562 (< exp!5 exp!7))))
(assert
 (let (($x309 (< log!181 log!181)))
 (= $x309 (< exp!7 exp!6))))
(assert
 (let (($x309 (< log!181 log!181)))
 (= $x309 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x179 (> log!181 0.0)))
 (= $x179 (> exp!7 1.0))))
(assert
 (let ((?x194 (+ 1.0 log!181)))
 (>= exp!7 ?x194)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x139 (/ ?x51 exp!1)))
(let ((?x137 (/ (* 1.0 exp!2) exp!1)))
(let ((?x439 (+ ?x137 ?x139)))
(let ((?x547 (+ 1.0 ?x439)))
(let (($x266 (> ?x547 0.0)))
(=> $x266 (= exp!7 ?x547)))))))))
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
 (let ((?x632 (/ ?x136 exp!3)))
 (let ((?x468 (+ 1.0 ?x632)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x582 (/ ?x24 exp!3)))
 (let ((?x344 (+ ?x582 ?x468)))
 (< 0.0 ?x344))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x136 exp!3)))
 (let ((?x468 (+ 1.0 ?x632)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x582 (/ ?x24 exp!3)))
 (let ((?x344 (+ ?x582 ?x468)))
 (let (($x353 (= 0.0 ?x344)))
 (not $x353)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x136 exp!3)))
 (let ((?x468 (+ 1.0 ?x632)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x582 (/ ?x24 exp!3)))
 (let ((?x344 (+ ?x582 ?x468)))
 (let (($x353 (= 0.0 ?x344)))
 (not $x353)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x136 exp!3)))
 (let ((?x468 (+ 1.0 ?x632)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x582 (/ ?x24 exp!3)))
 (let ((?x344 (+ ?x582 ?x468)))
 (let (($x353 (= 0.0 ?x344)))
 (not $x353)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x136 exp!3)))
 (let ((?x468 (+ 1.0 ?x632)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x582 (/ ?x24 exp!3)))
 (let ((?x344 (+ ?x582 ?x468)))
 (< 0.0 ?x344))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x136 exp!3)))
 (let ((?x468 (+ 1.0 ?x632)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x582 (/ ?x24 exp!3)))
 (let ((?x344 (+ ?x582 ?x468)))
 (let (($x353 (= 0.0 ?x344)))
 (not $x353)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x136 exp!3)))
 (let ((?x468 (+ 1.0 ?x632)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x582 (/ ?x24 exp!3)))
 (let ((?x344 (+ ?x582 ?x468)))
 (let (($x353 (= 0.0 ?x344)))
 (not $x353)))))))))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x136 exp!3)))
 (let ((?x468 (+ 1.0 ?x632)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x582 (/ ?x24 exp!3)))
 (let ((?x344 (+ ?x582 ?x468)))
 (let ((?x665 (/ ?x582 ?x344)))
 (let ((?x743 (- ?x665)))
 (let ((?x629 (* 0.0 ?x743)))
 (let ((?x362 (+ ?x629 ?x629)))
 (let ((?x631 (+ 1.0 ?x743)))
 (let ((?x261 (+ ?x631 ?x362)))
 (let ((?x387 (/ ?x582 exp!9)))
 (let ((?x206 (* ?x387 ?x261)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x415 (* ?x127 ?x206)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x119 (* 0.0 ?x117)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x118 (- ?x117)))
 (let ((?x122 (+ ?x118 ?x121)))
 (let ((?x494 (/ ?x122 ?x344)))
 (let ((?x557 (* ?x582 ?x494)))
 (let ((?x231 (+ ?x117 ?x557)))
 (let ((?x887 (* ?x387 ?x231)))
 (or (and (distinct ?x887 ?x415) true))))))))))))))))))))))))))))))))
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
 (let (($x493 (< log!181 |logits[2]|)))
 (= $x493 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x484 (< log!181 |logits[0]|)))
 (= $x484 (< exp!6 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!181)))
 (= $x436 (< exp!2 exp!6))))
(assert
 (let (($x545 (< log!181 |logits[1]|)))
 (= $x545 (< exp!6 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!181)))
 (= $x543 (< exp!3 exp!6))))
(assert
 (let (($x554 (< log!181 log!116)))
 (= $x554 (< exp!6 exp!5))))
(assert
 (let (($x562 (< log!116 log!181)))
 (= $x562 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x179 (> log!181 0.0)))
 (= $x179 (> exp!6 1.0))))
(assert
 (let ((?x194 (+ 1.0 log!181)))
 (>= exp!6 ?x194)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x266 (> ?x547 0.0)))
 (=> $x266 (= exp!6 ?x547))))))))))
(assert
 (let (($x493 (< log!181 |logits[2]|)))
 (= $x493 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x484 (< log!181 |logits[0]|)))
 (= $x484 (< exp!7 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!181)))
 (= $x436 (< exp!2 exp!7))))
(assert
 (let (($x545 (< log!181 |logits[1]|)))
 (= $x545 (< exp!7 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!181)))
 (= $x543 (< exp!3 exp!7))))
(assert
 (let (($x554 (< log!181 log!116)))
 (= $x554 (< exp!7 exp!5))))
(assert
 (let (($x562 (< log!116 log!181)))
 (= $x562 (< exp!5 exp!7))))
(assert
 (let (($x309 (< log!181 log!181)))
 (= $x309 (< exp!7 exp!6))))
(assert
 (let (($x309 (< log!181 log!181)))
 (= $x309 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x179 (> log!181 0.0)))
 (= $x179 (> exp!7 1.0))))
(assert
 (let ((?x194 (+ 1.0 log!181)))
 (>= exp!7 ?x194)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x266 (> ?x547 0.0)))
 (=> $x266 (= exp!7 ?x547))))))))))
(assert
 (let (($x625 (< log!248 |logits[2]|)))
 (= $x625 (< exp!8 exp!1))))
(assert
 (let (($x565 (< |logits[2]| log!248)))
 (= $x565 (< exp!1 exp!8))))
(assert
 (let (($x238 (< log!248 |logits[0]|)))
 (= $x238 (< exp!8 exp!2))))
(assert
 (let (($x183 (< |logits[0]| log!248)))
 (= $x183 (< exp!2 exp!8))))
(assert
 (let (($x633 (< log!248 |logits[1]|)))
 (= $x633 (< exp!8 exp!3))))
(assert
 (let (($x568 (< |logits[1]| log!248)))
 (= $x568 (< exp!3 exp!8))))
(assert
 (let (($x511 (< log!248 log!116)))
 (= $x511 (< exp!8 exp!5))))
(assert
 (let (($x249 (< log!116 log!248)))
 (= $x249 (< exp!5 exp!8))))
(assert
 (let (($x380 (< log!248 log!181)))
 (= $x380 (< exp!8 exp!7))))
(assert
 (let (($x357 (< log!181 log!248)))
 (= $x357 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x291 (> log!248 0.0)))
 (= $x291 (> exp!8 1.0))))
(assert
 (let ((?x205 (+ 1.0 log!248)))
 (>= exp!8 ?x205)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x136 exp!3)))
 (let ((?x468 (+ 1.0 ?x632)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x582 (/ ?x24 exp!3)))
 (let ((?x344 (+ ?x582 ?x468)))
 (let (($x182 (> ?x344 0.0)))
 (=> $x182 (= exp!8 ?x344))))))))))
(assert
 (let (($x625 (< log!248 |logits[2]|)))
 (= $x625 (< exp!9 exp!1))))
(assert
 (let (($x565 (< |logits[2]| log!248)))
 (= $x565 (< exp!1 exp!9))))
(assert
 (let (($x238 (< log!248 |logits[0]|)))
 (= $x238 (< exp!9 exp!2))))
(assert
 (let (($x183 (< |logits[0]| log!248)))
 (= $x183 (< exp!2 exp!9))))
(assert
 (let (($x633 (< log!248 |logits[1]|)))
 (= $x633 (< exp!9 exp!3))))
(assert
 (let (($x568 (< |logits[1]| log!248)))
 (= $x568 (< exp!3 exp!9))))
(assert
 (let (($x511 (< log!248 log!116)))
 (= $x511 (< exp!9 exp!5))))
(assert
 (let (($x249 (< log!116 log!248)))
 (= $x249 (< exp!5 exp!9))))
(assert
 (let (($x380 (< log!248 log!181)))
 (= $x380 (< exp!9 exp!7))))
(assert
 (let (($x357 (< log!181 log!248)))
 (= $x357 (< exp!7 exp!9))))
(assert
 (let (($x268 (< log!248 log!248)))
 (= $x268 (< exp!9 exp!8))))
(assert
 (let (($x268 (< log!248 log!248)))
 (= $x268 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x291 (> log!248 0.0)))
 (= $x291 (> exp!9 1.0))))
(assert
 (let ((?x205 (+ 1.0 log!248)))
 (>= exp!9 ?x205)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x632 (/ ?x136 exp!3)))
(let ((?x468 (+ 1.0 ?x632)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x582 (/ ?x24 exp!3)))
(let ((?x344 (+ ?x582 ?x468)))
(let (($x182 (> ?x344 0.0)))
(=> $x182 (= exp!9 ?x344))))))))))
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
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (< 0.0 ?x547))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (< 0.0 ?x547))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x552 (= 0.0 ?x547)))
 (not $x552)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let ((?x242 (/ 1.0 ?x547)))
 (let ((?x246 (- ?x242)))
 (let ((?x207 (* 0.0 ?x246)))
 (let ((?x208 (+ ?x207 ?x207)))
 (let ((?x248 (+ 1.0 ?x246)))
 (let ((?x427 (+ ?x248 ?x208)))
 (let ((?x164 (/ 1.0 exp!7)))
 (let ((?x428 (* ?x164 ?x427)))
 (let ((?x113 (- b)))
 (let ((?x127 (+ |f[2]| ?x113)))
 (let ((?x158 (* ?x127 ?x428)))
 (let ((?x116 (* |f[2]| 1.0)))
 (let ((?x114 (* ?x113 1.0)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x119 (* 0.0 ?x117)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x118 (- ?x117)))
 (let ((?x122 (+ ?x118 ?x121)))
 (let ((?x165 (/ ?x122 ?x547)))
 (let ((?x166 (+ ?x117 ?x165)))
 (let ((?x232 (* ?x164 ?x166)))
 (or (and (distinct ?x232 ?x158) true)))))))))))))))))))))))))))))))
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
 (let (($x493 (< log!181 |logits[2]|)))
 (= $x493 (< exp!6 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!6))))
(assert
 (let (($x484 (< log!181 |logits[0]|)))
 (= $x484 (< exp!6 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!181)))
 (= $x436 (< exp!2 exp!6))))
(assert
 (let (($x545 (< log!181 |logits[1]|)))
 (= $x545 (< exp!6 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!181)))
 (= $x543 (< exp!3 exp!6))))
(assert
 (let (($x554 (< log!181 log!116)))
 (= $x554 (< exp!6 exp!5))))
(assert
 (let (($x562 (< log!116 log!181)))
 (= $x562 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x179 (> log!181 0.0)))
 (= $x179 (> exp!6 1.0))))
(assert
 (let ((?x194 (+ 1.0 log!181)))
 (>= exp!6 ?x194)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x266 (> ?x547 0.0)))
 (=> $x266 (= exp!6 ?x547))))))))))
(assert
 (let (($x493 (< log!181 |logits[2]|)))
 (= $x493 (< exp!7 exp!1))))
(assert
 (let (($x186 (< |logits[2]| log!181)))
 (= $x186 (< exp!1 exp!7))))
(assert
 (let (($x484 (< log!181 |logits[0]|)))
 (= $x484 (< exp!7 exp!2))))
(assert
 (let (($x436 (< |logits[0]| log!181)))
 (= $x436 (< exp!2 exp!7))))
(assert
 (let (($x545 (< log!181 |logits[1]|)))
 (= $x545 (< exp!7 exp!3))))
(assert
 (let (($x543 (< |logits[1]| log!181)))
 (= $x543 (< exp!3 exp!7))))
(assert
 (let (($x554 (< log!181 log!116)))
 (= $x554 (< exp!7 exp!5))))
(assert
 (let (($x562 (< log!116 log!181)))
 (= $x562 (< exp!5 exp!7))))
(assert
 (let (($x309 (< log!181 log!181)))
 (= $x309 (< exp!7 exp!6))))
(assert
 (let (($x309 (< log!181 log!181)))
 (= $x309 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x179 (> log!181 0.0)))
 (= $x179 (> exp!7 1.0))))
(assert
 (let ((?x194 (+ 1.0 log!181)))
 (>= exp!7 ?x194)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x139 (/ ?x51 exp!1)))
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x136 exp!1)))
 (let ((?x439 (+ ?x137 ?x139)))
 (let ((?x547 (+ 1.0 ?x439)))
 (let (($x266 (> ?x547 0.0)))
 (=> $x266 (= exp!7 ?x547))))))))))
(assert
 (let (($x625 (< log!248 |logits[2]|)))
 (= $x625 (< exp!8 exp!1))))
(assert
 (let (($x565 (< |logits[2]| log!248)))
 (= $x565 (< exp!1 exp!8))))
(assert
 (let (($x238 (< log!248 |logits[0]|)))
 (= $x238 (< exp!8 exp!2))))
(assert
 (let (($x183 (< |logits[0]| log!248)))
 (= $x183 (< exp!2 exp!8))))
(assert
 (let (($x633 (< log!248 |logits[1]|)))
 (= $x633 (< exp!8 exp!3))))
(assert
 (let (($x568 (< |logits[1]| log!248)))
 (= $x568 (< exp!3 exp!8))))
(assert
 (let (($x511 (< log!248 log!116)))
 (= $x511 (< exp!8 exp!5))))
(assert
 (let (($x249 (< log!116 log!248)))
 (= $x249 (< exp!5 exp!8))))
(assert
 (let (($x380 (< log!248 log!181)))
 (= $x380 (< exp!8 exp!7))))
(assert
 (let (($x357 (< log!181 log!248)))
 (= $x357 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x291 (> log!248 0.0)))
 (= $x291 (> exp!8 1.0))))
(assert
 (let ((?x205 (+ 1.0 log!248)))
 (>= exp!8 ?x205)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
 (let ((?x632 (/ ?x136 exp!3)))
 (let ((?x468 (+ 1.0 ?x632)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x582 (/ ?x24 exp!3)))
 (let ((?x344 (+ ?x582 ?x468)))
 (let (($x182 (> ?x344 0.0)))
 (=> $x182 (= exp!8 ?x344))))))))))
(assert
 (let (($x625 (< log!248 |logits[2]|)))
 (= $x625 (< exp!9 exp!1))))
(assert
 (let (($x565 (< |logits[2]| log!248)))
 (= $x565 (< exp!1 exp!9))))
(assert
 (let (($x238 (< log!248 |logits[0]|)))
 (= $x238 (< exp!9 exp!2))))
(assert
 (let (($x183 (< |logits[0]| log!248)))
 (= $x183 (< exp!2 exp!9))))
(assert
 (let (($x633 (< log!248 |logits[1]|)))
 (= $x633 (< exp!9 exp!3))))
(assert
 (let (($x568 (< |logits[1]| log!248)))
 (= $x568 (< exp!3 exp!9))))
(assert
 (let (($x511 (< log!248 log!116)))
 (= $x511 (< exp!9 exp!5))))
(assert
 (let (($x249 (< log!116 log!248)))
 (= $x249 (< exp!5 exp!9))))
(assert
 (let (($x380 (< log!248 log!181)))
 (= $x380 (< exp!9 exp!7))))
(assert
 (let (($x357 (< log!181 log!248)))
 (= $x357 (< exp!7 exp!9))))
(assert
 (let (($x268 (< log!248 log!248)))
 (= $x268 (< exp!9 exp!8))))
(assert
 (let (($x268 (< log!248 log!248)))
 (= $x268 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x291 (> log!248 0.0)))
 (= $x291 (> exp!9 1.0))))
(assert
 (let ((?x205 (+ 1.0 log!248)))
 (>= exp!9 ?x205)))
(assert
 (let ((?x136 (* 1.0 exp!2)))
(let ((?x632 (/ ?x136 exp!3)))
(let ((?x468 (+ 1.0 ?x632)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x582 (/ ?x24 exp!3)))
(let ((?x344 (+ ?x582 ?x468)))
(let (($x182 (> ?x344 0.0)))
(=> $x182 (= exp!9 ?x344))))))))))
(check-sat)
(pop 1)
