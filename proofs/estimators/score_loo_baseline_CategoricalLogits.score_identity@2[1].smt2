; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@2[1]', verdict proved
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
 (let ((?x120 (/ ?x52 ?x54)))
 (let ((?x121 (- ?x120)))
 (let ((?x123 (+ 1.0 ?x121)))
 (let ((?x124 (* 0.0 ?x123)))
 (let ((?x122 (* 0.0 ?x121)))
 (let ((?x125 (+ ?x122 ?x124)))
 (let ((?x126 (+ ?x121 ?x125)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x127 (* ?x111 ?x126)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x128 (* ?x115 ?x127)))
 (let ((?x116 (- ?x115)))
 (let ((?x117 (/ ?x116 ?x54)))
 (let ((?x118 (* ?x52 ?x117)))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (< 0.0 ?x533)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (< 0.0 ?x533)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let ((?x401 (/ ?x132 ?x533)))
 (let ((?x397 (- ?x401)))
 (let ((?x157 (+ 1.0 ?x397)))
 (let ((?x158 (* 0.0 ?x157)))
 (let ((?x398 (* 0.0 ?x397)))
 (let ((?x159 (+ ?x398 ?x158)))
 (let ((?x213 (+ ?x397 ?x159)))
 (let ((?x376 (/ 1.0 exp!7)))
 (let ((?x223 (* ?x376 ?x213)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x227 (* ?x115 ?x223)))
 (let ((?x116 (- ?x115)))
 (let ((?x378 (/ ?x116 ?x533)))
 (let ((?x399 (* ?x132 ?x378)))
 (let ((?x400 (* ?x376 ?x399)))
 (or (and (distinct ?x400 ?x227) true))))))))))))))))))))))))
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
 (let (($x469 (< log!152 |logits[2]|)))
 (= $x469 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!152)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x462 (< log!152 |logits[0]|)))
 (= $x462 (< exp!6 exp!2))))
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
 (let ((?x164 (+ 1.0 log!152)))
 (>= exp!6 ?x164)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x190 (> ?x533 0.0)))
 (=> $x190 (= exp!6 ?x533)))))))))
(assert
 (let (($x469 (< log!152 |logits[2]|)))
 (= $x469 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!152)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x462 (< log!152 |logits[0]|)))
 (= $x462 (< exp!7 exp!2))))
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
 (let (($x282 (< log!152 log!152)))
 (= $x282 (< exp!7 exp!6))))
(assert
 (let (($x282 (< log!152 log!152)))
 (= $x282 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x164 (+ 1.0 log!152)))
 (>= exp!7 ?x164)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x132 (/ ?x51 exp!1)))
(let ((?x130 (/ (* 1.0 exp!2) exp!1)))
(let ((?x447 (+ ?x130 ?x132)))
(let ((?x533 (+ 1.0 ?x447)))
(let (($x190 (> ?x533 0.0)))
(=> $x190 (= exp!7 ?x533)))))))))
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
 (let ((?x592 (/ ?x129 exp!3)))
 (let ((?x235 (+ 1.0 ?x592)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x646 (/ ?x24 exp!3)))
 (let ((?x616 (+ ?x646 ?x235)))
 (< 0.0 ?x616))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x592 (/ ?x129 exp!3)))
 (let ((?x235 (+ 1.0 ?x592)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x646 (/ ?x24 exp!3)))
 (let ((?x616 (+ ?x646 ?x235)))
 (let (($x415 (= 0.0 ?x616)))
 (not $x415)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x592 (/ ?x129 exp!3)))
 (let ((?x235 (+ 1.0 ?x592)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x646 (/ ?x24 exp!3)))
 (let ((?x616 (+ ?x646 ?x235)))
 (let (($x415 (= 0.0 ?x616)))
 (not $x415)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x592 (/ ?x129 exp!3)))
 (let ((?x235 (+ 1.0 ?x592)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x646 (/ ?x24 exp!3)))
 (let ((?x616 (+ ?x646 ?x235)))
 (let (($x415 (= 0.0 ?x616)))
 (not $x415)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x592 (/ ?x129 exp!3)))
 (let ((?x235 (+ 1.0 ?x592)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x646 (/ ?x24 exp!3)))
 (let ((?x616 (+ ?x646 ?x235)))
 (< 0.0 ?x616))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x592 (/ ?x129 exp!3)))
 (let ((?x235 (+ 1.0 ?x592)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x646 (/ ?x24 exp!3)))
 (let ((?x616 (+ ?x646 ?x235)))
 (let (($x415 (= 0.0 ?x616)))
 (not $x415)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x592 (/ ?x129 exp!3)))
 (let ((?x235 (+ 1.0 ?x592)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x646 (/ ?x24 exp!3)))
 (let ((?x616 (+ ?x646 ?x235)))
 (let (($x415 (= 0.0 ?x616)))
 (not $x415)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x592 (/ ?x129 exp!3)))
 (let ((?x235 (+ 1.0 ?x592)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x646 (/ ?x24 exp!3)))
 (let ((?x616 (+ ?x646 ?x235)))
 (let ((?x459 (/ 1.0 ?x616)))
 (let ((?x875 (- ?x459)))
 (let ((?x297 (+ 1.0 ?x875)))
 (let ((?x431 (* 0.0 ?x297)))
 (let ((?x655 (* 0.0 ?x875)))
 (let ((?x466 (+ ?x655 ?x431)))
 (let ((?x377 (+ ?x875 ?x466)))
 (let ((?x352 (/ ?x646 exp!9)))
 (let ((?x492 (* ?x352 ?x377)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x316 (* ?x115 ?x492)))
 (let ((?x116 (- ?x115)))
 (let ((?x600 (/ ?x116 ?x616)))
 (let ((?x467 (* ?x352 ?x600)))
 (or (and (distinct ?x467 ?x316) true))))))))))))))))))))))))
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
 (let (($x469 (< log!152 |logits[2]|)))
 (= $x469 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!152)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x462 (< log!152 |logits[0]|)))
 (= $x462 (< exp!6 exp!2))))
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
 (let ((?x164 (+ 1.0 log!152)))
 (>= exp!6 ?x164)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x190 (> ?x533 0.0)))
 (=> $x190 (= exp!6 ?x533))))))))))
(assert
 (let (($x469 (< log!152 |logits[2]|)))
 (= $x469 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!152)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x462 (< log!152 |logits[0]|)))
 (= $x462 (< exp!7 exp!2))))
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
 (let (($x282 (< log!152 log!152)))
 (= $x282 (< exp!7 exp!6))))
(assert
 (let (($x282 (< log!152 log!152)))
 (= $x282 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x164 (+ 1.0 log!152)))
 (>= exp!7 ?x164)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x190 (> ?x533 0.0)))
 (=> $x190 (= exp!7 ?x533))))))))))
(assert
 (let (($x301 (< log!206 |logits[2]|)))
 (= $x301 (< exp!8 exp!1))))
(assert
 (let (($x493 (< |logits[2]| log!206)))
 (= $x493 (< exp!1 exp!8))))
(assert
 (let (($x217 (< log!206 |logits[0]|)))
 (= $x217 (< exp!8 exp!2))))
(assert
 (let (($x554 (< |logits[0]| log!206)))
 (= $x554 (< exp!2 exp!8))))
(assert
 (let (($x583 (< log!206 |logits[1]|)))
 (= $x583 (< exp!8 exp!3))))
(assert
 (let (($x662 (< |logits[1]| log!206)))
 (= $x662 (< exp!3 exp!8))))
(assert
 (let (($x578 (< log!206 log!100)))
 (= $x578 (< exp!8 exp!5))))
(assert
 (let (($x553 (< log!100 log!206)))
 (= $x553 (< exp!5 exp!8))))
(assert
 (let (($x515 (< log!206 log!152)))
 (= $x515 (< exp!8 exp!7))))
(assert
 (let (($x402 (< log!152 log!206)))
 (= $x402 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x331 (> log!206 0.0)))
 (= $x331 (> exp!8 1.0))))
(assert
 (let ((?x299 (+ 1.0 log!206)))
 (>= exp!8 ?x299)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x592 (/ ?x129 exp!3)))
 (let ((?x235 (+ 1.0 ?x592)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x646 (/ ?x24 exp!3)))
 (let ((?x616 (+ ?x646 ?x235)))
 (let (($x204 (> ?x616 0.0)))
 (=> $x204 (= exp!8 ?x616))))))))))
(assert
 (let (($x301 (< log!206 |logits[2]|)))
 (= $x301 (< exp!9 exp!1))))
(assert
 (let (($x493 (< |logits[2]| log!206)))
 (= $x493 (< exp!1 exp!9))))
(assert
 (let (($x217 (< log!206 |logits[0]|)))
 (= $x217 (< exp!9 exp!2))))
(assert
 (let (($x554 (< |logits[0]| log!206)))
 (= $x554 (< exp!2 exp!9))))
(assert
 (let (($x583 (< log!206 |logits[1]|)))
 (= $x583 (< exp!9 exp!3))))
(assert
 (let (($x662 (< |logits[1]| log!206)))
 (= $x662 (< exp!3 exp!9))))
(assert
 (let (($x578 (< log!206 log!100)))
 (= $x578 (< exp!9 exp!5))))
(assert
 (let (($x553 (< log!100 log!206)))
 (= $x553 (< exp!5 exp!9))))
(assert
 (let (($x515 (< log!206 log!152)))
 (= $x515 (< exp!9 exp!7))))
(assert
 (let (($x402 (< log!152 log!206)))
 (= $x402 (< exp!7 exp!9))))
(assert
 (let (($x345 (< log!206 log!206)))
 (= $x345 (< exp!9 exp!8))))
(assert
 (let (($x345 (< log!206 log!206)))
 (= $x345 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x331 (> log!206 0.0)))
 (= $x331 (> exp!9 1.0))))
(assert
 (let ((?x299 (+ 1.0 log!206)))
 (>= exp!9 ?x299)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x592 (/ ?x129 exp!3)))
(let ((?x235 (+ 1.0 ?x592)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x646 (/ ?x24 exp!3)))
(let ((?x616 (+ ?x646 ?x235)))
(let (($x204 (> ?x616 0.0)))
(=> $x204 (= exp!9 ?x616))))))))))
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
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (< 0.0 ?x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (< 0.0 ?x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let ((?x401 (/ ?x132 ?x533)))
 (let ((?x397 (- ?x401)))
 (let ((?x157 (+ 1.0 ?x397)))
 (let ((?x158 (* 0.0 ?x157)))
 (let ((?x398 (* 0.0 ?x397)))
 (let ((?x159 (+ ?x398 ?x158)))
 (let ((?x213 (+ ?x397 ?x159)))
 (let ((?x376 (/ 1.0 exp!7)))
 (let ((?x223 (* ?x376 ?x213)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x227 (* ?x115 ?x223)))
 (let ((?x116 (- ?x115)))
 (let ((?x378 (/ ?x116 ?x533)))
 (let ((?x399 (* ?x132 ?x378)))
 (let ((?x400 (* ?x376 ?x399)))
 (or (and (distinct ?x400 ?x227) true)))))))))))))))))))))))))
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
 (let (($x469 (< log!152 |logits[2]|)))
 (= $x469 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!152)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x462 (< log!152 |logits[0]|)))
 (= $x462 (< exp!6 exp!2))))
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
 (let ((?x164 (+ 1.0 log!152)))
 (>= exp!6 ?x164)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x190 (> ?x533 0.0)))
 (=> $x190 (= exp!6 ?x533))))))))))
(assert
 (let (($x469 (< log!152 |logits[2]|)))
 (= $x469 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!152)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x462 (< log!152 |logits[0]|)))
 (= $x462 (< exp!7 exp!2))))
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
 (let (($x282 (< log!152 log!152)))
 (= $x282 (< exp!7 exp!6))))
(assert
 (let (($x282 (< log!152 log!152)))
 (= $x282 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x164 (+ 1.0 log!152)))
 (>= exp!7 ?x164)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x190 (> ?x533 0.0)))
 (=> $x190 (= exp!7 ?x533))))))))))
(assert
 (let (($x301 (< log!206 |logits[2]|)))
 (= $x301 (< exp!8 exp!1))))
(assert
 (let (($x493 (< |logits[2]| log!206)))
 (= $x493 (< exp!1 exp!8))))
(assert
 (let (($x217 (< log!206 |logits[0]|)))
 (= $x217 (< exp!8 exp!2))))
(assert
 (let (($x554 (< |logits[0]| log!206)))
 (= $x554 (< exp!2 exp!8))))
(assert
 (let (($x583 (< log!206 |logits[1]|)))
 (= $x583 (< exp!8 exp!3))))
(assert
 (let (($x662 (< |logits[1]| log!206)))
 (= $x662 (< exp!3 exp!8))))
(assert
 (let (($x578 (< log!206 log!100)))
 (= $x578 (< exp!8 exp!5))))
(assert
 (let (($x553 (< log!100 log!206)))
 (= $x553 (< exp!5 exp!8))))
(assert
 (let (($x515 (< log!206 log!152)))
 (= $x515 (< exp!8 exp!7))))
(assert
 (let (($x402 (< log!152 log!206)))
 (= $x402 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x331 (> log!206 0.0)))
 (= $x331 (> exp!8 1.0))))
(assert
 (let ((?x299 (+ 1.0 log!206)))
 (>= exp!8 ?x299)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x592 (/ ?x129 exp!3)))
 (let ((?x235 (+ 1.0 ?x592)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x646 (/ ?x24 exp!3)))
 (let ((?x616 (+ ?x646 ?x235)))
 (let (($x204 (> ?x616 0.0)))
 (=> $x204 (= exp!8 ?x616))))))))))
(assert
 (let (($x301 (< log!206 |logits[2]|)))
 (= $x301 (< exp!9 exp!1))))
(assert
 (let (($x493 (< |logits[2]| log!206)))
 (= $x493 (< exp!1 exp!9))))
(assert
 (let (($x217 (< log!206 |logits[0]|)))
 (= $x217 (< exp!9 exp!2))))
(assert
 (let (($x554 (< |logits[0]| log!206)))
 (= $x554 (< exp!2 exp!9))))
(assert
 (let (($x583 (< log!206 |logits[1]|)))
 (= $x583 (< exp!9 exp!3))))
(assert
 (let (($x662 (< |logits[1]| log!206)))
 (= $x662 (< exp!3 exp!9))))
(assert
 (let (($x578 (< log!206 log!100)))
 (= $x578 (< exp!9 exp!5))))
(assert
 (let (($x553 (< log!100 log!206)))
 (= $x553 (< exp!5 exp!9))))
(assert
 (let (($x515 (< log!206 log!152)))
 (= $x515 (< exp!9 exp!7))))
(assert
 (let (($x402 (< log!152 log!206)))
 (= $x402 (< exp!7 exp!9))))
(assert
 (let (($x345 (< log!206 log!206)))
 (= $x345 (< exp!9 exp!8))))
(assert
 (let (($x345 (< log!206 log!206)))
 (= $x345 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x331 (> log!206 0.0)))
 (= $x331 (> exp!9 1.0))))
(assert
 (let ((?x299 (+ 1.0 log!206)))
 (>= exp!9 ?x299)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x592 (/ ?x129 exp!3)))
(let ((?x235 (+ 1.0 ?x592)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x646 (/ ?x24 exp!3)))
(let ((?x616 (+ ?x646 ?x235)))
(let (($x204 (> ?x616 0.0)))
(=> $x204 (= exp!9 ?x616))))))))))
(check-sat)
(pop 1)
