; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@0[2]', verdict proved
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
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
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
 (let ((?x120 (/ ?x33 ?x54)))
 (let ((?x121 (- ?x120)))
 (let ((?x124 (* 0.0 ?x121)))
 (let ((?x125 (+ ?x121 ?x124)))
 (let ((?x122 (+ 1.0 ?x121)))
 (let ((?x123 (* 0.0 ?x122)))
 (let ((?x126 (+ ?x123 ?x125)))
 (let ((?x111 (/ 1.0 exp!5)))
 (let ((?x127 (* ?x111 ?x126)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x128 (* ?x115 ?x127)))
 (let ((?x116 (- ?x115)))
 (let ((?x117 (/ ?x116 ?x54)))
 (let ((?x118 (* ?x33 ?x117)))
 (let ((?x119 (* ?x111 ?x118)))
 (or (and (distinct ?x119 ?x128) true)))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!152 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (< 0.0 ?x533)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (< 0.0 ?x533)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let ((?x409 (/ 1.0 ?x533)))
 (let ((?x151 (- ?x409)))
 (let ((?x263 (* 0.0 ?x151)))
 (let ((?x273 (+ ?x151 ?x263)))
 (let ((?x152 (+ 1.0 ?x151)))
 (let ((?x269 (* 0.0 ?x152)))
 (let ((?x275 (+ ?x269 ?x273)))
 (let ((?x227 (/ ?x130 exp!7)))
 (let ((?x160 (* ?x227 ?x275)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x232 (* ?x115 ?x160)))
 (let ((?x116 (- ?x115)))
 (let ((?x229 (/ ?x116 ?x533)))
 (let ((?x408 (* ?x227 ?x229)))
 (or (and (distinct ?x408 ?x232) true)))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x470 (< log!152 |logits[2]|)))
 (= $x470 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!152)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x463 (< log!152 |logits[0]|)))
 (= $x463 (< exp!6 exp!2))))
(assert
 (let (($x527 (< |logits[0]| log!152)))
 (= $x527 (< exp!2 exp!6))))
(assert
 (let (($x519 (< log!152 |logits[1]|)))
 (= $x519 (< exp!6 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!152)))
 (= $x520 (< exp!3 exp!6))))
(assert
 (let (($x528 (< log!152 log!100)))
 (= $x528 (< exp!6 exp!5))))
(assert
 (let (($x510 (< log!100 log!152)))
 (= $x510 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x182 (+ 1.0 log!152)))
 (>= exp!6 ?x182)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x247 (> ?x533 0.0)))
 (=> $x247 (= exp!6 ?x533)))))))))
(assert
 (let (($x470 (< log!152 |logits[2]|)))
 (= $x470 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!152)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x463 (< log!152 |logits[0]|)))
 (= $x463 (< exp!7 exp!2))))
(assert
 (let (($x527 (< |logits[0]| log!152)))
 (= $x527 (< exp!2 exp!7))))
(assert
 (let (($x519 (< log!152 |logits[1]|)))
 (= $x519 (< exp!7 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!152)))
 (= $x520 (< exp!3 exp!7))))
(assert
 (let (($x528 (< log!152 log!100)))
 (= $x528 (< exp!7 exp!5))))
(assert
 (let (($x510 (< log!100 log!152)))
 (= $x510 (< exp!5 exp!7))))
(assert
 (let (($x378 (< log!152 log!152)))
 (= $x378 (< exp!7 exp!6))))
(assert
 (let (($x378 (< log!152 log!152)))
 (= $x378 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x182 (+ 1.0 log!152)))
 (>= exp!7 ?x182)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x132 (/ ?x51 exp!1)))
(let ((?x130 (/ (* 1.0 exp!2) exp!1)))
(let ((?x444 (+ ?x130 ?x132)))
(let ((?x533 (+ 1.0 ?x444)))
(let (($x247 (> ?x533 0.0)))
(=> $x247 (= exp!7 ?x533)))))))))
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
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!152 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!206 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x646 (/ ?x129 exp!3)))
 (let ((?x219 (+ 1.0 ?x646)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x191 (/ ?x24 exp!3)))
 (let ((?x565 (+ ?x191 ?x219)))
 (< 0.0 ?x565))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x646 (/ ?x129 exp!3)))
 (let ((?x219 (+ 1.0 ?x646)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x191 (/ ?x24 exp!3)))
 (let ((?x565 (+ ?x191 ?x219)))
 (let (($x485 (= 0.0 ?x565)))
 (not $x485)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x646 (/ ?x129 exp!3)))
 (let ((?x219 (+ 1.0 ?x646)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x191 (/ ?x24 exp!3)))
 (let ((?x565 (+ ?x191 ?x219)))
 (let (($x485 (= 0.0 ?x565)))
 (not $x485)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x646 (/ ?x129 exp!3)))
 (let ((?x219 (+ 1.0 ?x646)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x191 (/ ?x24 exp!3)))
 (let ((?x565 (+ ?x191 ?x219)))
 (let (($x485 (= 0.0 ?x565)))
 (not $x485)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x646 (/ ?x129 exp!3)))
 (let ((?x219 (+ 1.0 ?x646)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x191 (/ ?x24 exp!3)))
 (let ((?x565 (+ ?x191 ?x219)))
 (< 0.0 ?x565))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x646 (/ ?x129 exp!3)))
 (let ((?x219 (+ 1.0 ?x646)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x191 (/ ?x24 exp!3)))
 (let ((?x565 (+ ?x191 ?x219)))
 (let (($x485 (= 0.0 ?x565)))
 (not $x485)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x646 (/ ?x129 exp!3)))
 (let ((?x219 (+ 1.0 ?x646)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x191 (/ ?x24 exp!3)))
 (let ((?x565 (+ ?x191 ?x219)))
 (let (($x485 (= 0.0 ?x565)))
 (not $x485)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x646 (/ ?x129 exp!3)))
 (let ((?x219 (+ 1.0 ?x646)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x191 (/ ?x24 exp!3)))
 (let ((?x565 (+ ?x191 ?x219)))
 (let ((?x873 (/ ?x191 ?x565)))
 (let ((?x652 (- ?x873)))
 (let ((?x420 (* 0.0 ?x652)))
 (let ((?x252 (+ ?x652 ?x420)))
 (let ((?x220 (+ 1.0 ?x652)))
 (let ((?x477 (* 0.0 ?x220)))
 (let ((?x423 (+ ?x477 ?x252)))
 (let ((?x357 (/ ?x646 exp!9)))
 (let ((?x205 (* ?x357 ?x423)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x268 (* ?x115 ?x205)))
 (let ((?x116 (- ?x115)))
 (let ((?x480 (/ ?x116 ?x565)))
 (let ((?x543 (* ?x191 ?x480)))
 (let ((?x472 (* ?x357 ?x543)))
 (or (and (distinct ?x472 ?x268) true)))))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x470 (< log!152 |logits[2]|)))
 (= $x470 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!152)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x463 (< log!152 |logits[0]|)))
 (= $x463 (< exp!6 exp!2))))
(assert
 (let (($x527 (< |logits[0]| log!152)))
 (= $x527 (< exp!2 exp!6))))
(assert
 (let (($x519 (< log!152 |logits[1]|)))
 (= $x519 (< exp!6 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!152)))
 (= $x520 (< exp!3 exp!6))))
(assert
 (let (($x528 (< log!152 log!100)))
 (= $x528 (< exp!6 exp!5))))
(assert
 (let (($x510 (< log!100 log!152)))
 (= $x510 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x182 (+ 1.0 log!152)))
 (>= exp!6 ?x182)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x247 (> ?x533 0.0)))
 (=> $x247 (= exp!6 ?x533))))))))))
(assert
 (let (($x470 (< log!152 |logits[2]|)))
 (= $x470 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!152)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x463 (< log!152 |logits[0]|)))
 (= $x463 (< exp!7 exp!2))))
(assert
 (let (($x527 (< |logits[0]| log!152)))
 (= $x527 (< exp!2 exp!7))))
(assert
 (let (($x519 (< log!152 |logits[1]|)))
 (= $x519 (< exp!7 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!152)))
 (= $x520 (< exp!3 exp!7))))
(assert
 (let (($x528 (< log!152 log!100)))
 (= $x528 (< exp!7 exp!5))))
(assert
 (let (($x510 (< log!100 log!152)))
 (= $x510 (< exp!5 exp!7))))
(assert
 (let (($x378 (< log!152 log!152)))
 (= $x378 (< exp!7 exp!6))))
(assert
 (let (($x378 (< log!152 log!152)))
 (= $x378 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x182 (+ 1.0 log!152)))
 (>= exp!7 ?x182)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x247 (> ?x533 0.0)))
 (=> $x247 (= exp!7 ?x533))))))))))
(assert
 (let (($x347 (< log!206 |logits[2]|)))
 (= $x347 (< exp!8 exp!1))))
(assert
 (let (($x356 (< |logits[2]| log!206)))
 (= $x356 (< exp!1 exp!8))))
(assert
 (let (($x562 (< log!206 |logits[0]|)))
 (= $x562 (< exp!8 exp!2))))
(assert
 (let (($x645 (< |logits[0]| log!206)))
 (= $x645 (< exp!2 exp!8))))
(assert
 (let (($x210 (< log!206 |logits[1]|)))
 (= $x210 (< exp!8 exp!3))))
(assert
 (let (($x660 (< |logits[1]| log!206)))
 (= $x660 (< exp!3 exp!8))))
(assert
 (let (($x618 (< log!206 log!100)))
 (= $x618 (< exp!8 exp!5))))
(assert
 (let (($x537 (< log!100 log!206)))
 (= $x537 (< exp!5 exp!8))))
(assert
 (let (($x473 (< log!206 log!152)))
 (= $x473 (< exp!8 exp!7))))
(assert
 (let (($x421 (< log!152 log!206)))
 (= $x421 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x390 (> log!206 0.0)))
 (= $x390 (> exp!8 1.0))))
(assert
 (let ((?x279 (+ 1.0 log!206)))
 (>= exp!8 ?x279)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x646 (/ ?x129 exp!3)))
 (let ((?x219 (+ 1.0 ?x646)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x191 (/ ?x24 exp!3)))
 (let ((?x565 (+ ?x191 ?x219)))
 (let (($x181 (> ?x565 0.0)))
 (=> $x181 (= exp!8 ?x565))))))))))
(assert
 (let (($x347 (< log!206 |logits[2]|)))
 (= $x347 (< exp!9 exp!1))))
(assert
 (let (($x356 (< |logits[2]| log!206)))
 (= $x356 (< exp!1 exp!9))))
(assert
 (let (($x562 (< log!206 |logits[0]|)))
 (= $x562 (< exp!9 exp!2))))
(assert
 (let (($x645 (< |logits[0]| log!206)))
 (= $x645 (< exp!2 exp!9))))
(assert
 (let (($x210 (< log!206 |logits[1]|)))
 (= $x210 (< exp!9 exp!3))))
(assert
 (let (($x660 (< |logits[1]| log!206)))
 (= $x660 (< exp!3 exp!9))))
(assert
 (let (($x618 (< log!206 log!100)))
 (= $x618 (< exp!9 exp!5))))
(assert
 (let (($x537 (< log!100 log!206)))
 (= $x537 (< exp!5 exp!9))))
(assert
 (let (($x473 (< log!206 log!152)))
 (= $x473 (< exp!9 exp!7))))
(assert
 (let (($x421 (< log!152 log!206)))
 (= $x421 (< exp!7 exp!9))))
(assert
 (let (($x265 (< log!206 log!206)))
 (= $x265 (< exp!9 exp!8))))
(assert
 (let (($x265 (< log!206 log!206)))
 (= $x265 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x390 (> log!206 0.0)))
 (= $x390 (> exp!9 1.0))))
(assert
 (let ((?x279 (+ 1.0 log!206)))
 (>= exp!9 ?x279)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x646 (/ ?x129 exp!3)))
(let ((?x219 (+ 1.0 ?x646)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x191 (/ ?x24 exp!3)))
(let ((?x565 (+ ?x191 ?x219)))
(let (($x181 (> ?x565 0.0)))
(=> $x181 (= exp!9 ?x565))))))))))
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
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!152 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!206 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (< 0.0 ?x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (< 0.0 ?x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let ((?x409 (/ 1.0 ?x533)))
 (let ((?x151 (- ?x409)))
 (let ((?x263 (* 0.0 ?x151)))
 (let ((?x273 (+ ?x151 ?x263)))
 (let ((?x152 (+ 1.0 ?x151)))
 (let ((?x269 (* 0.0 ?x152)))
 (let ((?x275 (+ ?x269 ?x273)))
 (let ((?x227 (/ ?x130 exp!7)))
 (let ((?x160 (* ?x227 ?x275)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x232 (* ?x115 ?x160)))
 (let ((?x116 (- ?x115)))
 (let ((?x229 (/ ?x116 ?x533)))
 (let ((?x408 (* ?x227 ?x229)))
 (or (and (distinct ?x408 ?x232) true))))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x470 (< log!152 |logits[2]|)))
 (= $x470 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!152)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x463 (< log!152 |logits[0]|)))
 (= $x463 (< exp!6 exp!2))))
(assert
 (let (($x527 (< |logits[0]| log!152)))
 (= $x527 (< exp!2 exp!6))))
(assert
 (let (($x519 (< log!152 |logits[1]|)))
 (= $x519 (< exp!6 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!152)))
 (= $x520 (< exp!3 exp!6))))
(assert
 (let (($x528 (< log!152 log!100)))
 (= $x528 (< exp!6 exp!5))))
(assert
 (let (($x510 (< log!100 log!152)))
 (= $x510 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x182 (+ 1.0 log!152)))
 (>= exp!6 ?x182)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x247 (> ?x533 0.0)))
 (=> $x247 (= exp!6 ?x533))))))))))
(assert
 (let (($x470 (< log!152 |logits[2]|)))
 (= $x470 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!152)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x463 (< log!152 |logits[0]|)))
 (= $x463 (< exp!7 exp!2))))
(assert
 (let (($x527 (< |logits[0]| log!152)))
 (= $x527 (< exp!2 exp!7))))
(assert
 (let (($x519 (< log!152 |logits[1]|)))
 (= $x519 (< exp!7 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!152)))
 (= $x520 (< exp!3 exp!7))))
(assert
 (let (($x528 (< log!152 log!100)))
 (= $x528 (< exp!7 exp!5))))
(assert
 (let (($x510 (< log!100 log!152)))
 (= $x510 (< exp!5 exp!7))))
(assert
 (let (($x378 (< log!152 log!152)))
 (= $x378 (< exp!7 exp!6))))
(assert
 (let (($x378 (< log!152 log!152)))
 (= $x378 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x182 (+ 1.0 log!152)))
 (>= exp!7 ?x182)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x247 (> ?x533 0.0)))
 (=> $x247 (= exp!7 ?x533))))))))))
(assert
 (let (($x347 (< log!206 |logits[2]|)))
 (= $x347 (< exp!8 exp!1))))
(assert
 (let (($x356 (< |logits[2]| log!206)))
 (= $x356 (< exp!1 exp!8))))
(assert
 (let (($x562 (< log!206 |logits[0]|)))
 (= $x562 (< exp!8 exp!2))))
(assert
 (let (($x645 (< |logits[0]| log!206)))
 (= $x645 (< exp!2 exp!8))))
(assert
 (let (($x210 (< log!206 |logits[1]|)))
 (= $x210 (< exp!8 exp!3))))
(assert
 (let (($x660 (< |logits[1]| log!206)))
 (= $x660 (< exp!3 exp!8))))
(assert
 (let (($x618 (< log!206 log!100)))
 (= $x618 (< exp!8 exp!5))))
(assert
 (let (($x537 (< log!100 log!206)))
 (= $x537 (< exp!5 exp!8))))
(assert
 (let (($x473 (< log!206 log!152)))
 (= $x473 (< exp!8 exp!7))))
(assert
 (let (($x421 (< log!152 log!206)))
 (= $x421 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x390 (> log!206 0.0)))
 (= $x390 (> exp!8 1.0))))
(assert
 (let ((?x279 (+ 1.0 log!206)))
 (>= exp!8 ?x279)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x646 (/ ?x129 exp!3)))
 (let ((?x219 (+ 1.0 ?x646)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x191 (/ ?x24 exp!3)))
 (let ((?x565 (+ ?x191 ?x219)))
 (let (($x181 (> ?x565 0.0)))
 (=> $x181 (= exp!8 ?x565))))))))))
(assert
 (let (($x347 (< log!206 |logits[2]|)))
 (= $x347 (< exp!9 exp!1))))
(assert
 (let (($x356 (< |logits[2]| log!206)))
 (= $x356 (< exp!1 exp!9))))
(assert
 (let (($x562 (< log!206 |logits[0]|)))
 (= $x562 (< exp!9 exp!2))))
(assert
 (let (($x645 (< |logits[0]| log!206)))
 (= $x645 (< exp!2 exp!9))))
(assert
 (let (($x210 (< log!206 |logits[1]|)))
 (= $x210 (< exp!9 exp!3))))
(assert
 (let (($x660 (< |logits[1]| log!206)))
 (= $x660 (< exp!3 exp!9))))
(assert
 (let (($x618 (< log!206 log!100)))
 (= $x618 (< exp!9 exp!5))))
(assert
 (let (($x537 (< log!100 log!206)))
 (= $x537 (< exp!5 exp!9))))
(assert
 (let (($x473 (< log!206 log!152)))
 (= $x473 (< exp!9 exp!7))))
(assert
 (let (($x421 (< log!152 log!206)))
 (= $x421 (< exp!7 exp!9))))
(assert
 (let (($x265 (< log!206 log!206)))
 (= $x265 (< exp!9 exp!8))))
(assert
 (let (($x265 (< log!206 log!206)))
 (= $x265 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x390 (> log!206 0.0)))
 (= $x390 (> exp!9 1.0))))
(assert
 (let ((?x279 (+ 1.0 log!206)))
 (>= exp!9 ?x279)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x646 (/ ?x129 exp!3)))
(let ((?x219 (+ 1.0 ?x646)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x191 (/ ?x24 exp!3)))
(let ((?x565 (+ ?x191 ?x219)))
(let (($x181 (> ?x565 0.0)))
(=> $x181 (= exp!9 ?x565))))))))))
(check-sat)
(pop 1)
