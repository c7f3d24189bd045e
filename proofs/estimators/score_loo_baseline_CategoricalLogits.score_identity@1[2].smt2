; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@1[2]', verdict proved
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
 (let ((?x111 (/ ?x52 exp!5)))
 (let ((?x127 (* ?x111 ?x126)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (< 0.0 ?x534)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (< 0.0 ?x534)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let ((?x204 (/ 1.0 ?x534)))
 (let ((?x196 (- ?x204)))
 (let ((?x201 (* 0.0 ?x196)))
 (let ((?x157 (+ ?x196 ?x201)))
 (let ((?x199 (+ 1.0 ?x196)))
 (let ((?x200 (* 0.0 ?x199)))
 (let ((?x158 (+ ?x200 ?x157)))
 (let ((?x194 (/ ?x132 exp!7)))
 (let ((?x159 (* ?x194 ?x158)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x213 (* ?x115 ?x159)))
 (let ((?x116 (- ?x115)))
 (let ((?x202 (/ ?x116 ?x534)))
 (let ((?x203 (* ?x194 ?x202)))
 (or (and (distinct ?x203 ?x213) true)))))))))))))))))))))))
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
 (let (($x528 (< |logits[0]| log!152)))
 (= $x528 (< exp!2 exp!6))))
(assert
 (let (($x520 (< log!152 |logits[1]|)))
 (= $x520 (< exp!6 exp!3))))
(assert
 (let (($x521 (< |logits[1]| log!152)))
 (= $x521 (< exp!3 exp!6))))
(assert
 (let (($x529 (< log!152 log!100)))
 (= $x529 (< exp!6 exp!5))))
(assert
 (let (($x511 (< log!100 log!152)))
 (= $x511 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x183 (+ 1.0 log!152)))
 (>= exp!6 ?x183)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x247 (> ?x534 0.0)))
 (=> $x247 (= exp!6 ?x534)))))))))
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
 (let (($x528 (< |logits[0]| log!152)))
 (= $x528 (< exp!2 exp!7))))
(assert
 (let (($x520 (< log!152 |logits[1]|)))
 (= $x520 (< exp!7 exp!3))))
(assert
 (let (($x521 (< |logits[1]| log!152)))
 (= $x521 (< exp!3 exp!7))))
(assert
 (let (($x529 (< log!152 log!100)))
 (= $x529 (< exp!7 exp!5))))
(assert
 (let (($x511 (< log!100 log!152)))
 (= $x511 (< exp!5 exp!7))))
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
 (let ((?x183 (+ 1.0 log!152)))
 (>= exp!7 ?x183)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x132 (/ ?x51 exp!1)))
(let ((?x130 (/ (* 1.0 exp!2) exp!1)))
(let ((?x442 (+ ?x130 ?x132)))
(let ((?x534 (+ 1.0 ?x442)))
(let (($x247 (> ?x534 0.0)))
(=> $x247 (= exp!7 ?x534)))))))))
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
 (let ((?x648 (/ ?x129 exp!3)))
 (let ((?x336 (+ 1.0 ?x648)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x562 (+ ?x166 ?x336)))
 (< 0.0 ?x562))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x648 (/ ?x129 exp!3)))
 (let ((?x336 (+ 1.0 ?x648)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x562 (+ ?x166 ?x336)))
 (let (($x498 (= 0.0 ?x562)))
 (not $x498)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x648 (/ ?x129 exp!3)))
 (let ((?x336 (+ 1.0 ?x648)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x562 (+ ?x166 ?x336)))
 (let (($x498 (= 0.0 ?x562)))
 (not $x498)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x648 (/ ?x129 exp!3)))
 (let ((?x336 (+ 1.0 ?x648)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x562 (+ ?x166 ?x336)))
 (let (($x498 (= 0.0 ?x562)))
 (not $x498)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x648 (/ ?x129 exp!3)))
 (let ((?x336 (+ 1.0 ?x648)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x562 (+ ?x166 ?x336)))
 (< 0.0 ?x562))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x648 (/ ?x129 exp!3)))
 (let ((?x336 (+ 1.0 ?x648)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x562 (+ ?x166 ?x336)))
 (let (($x498 (= 0.0 ?x562)))
 (not $x498)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x648 (/ ?x129 exp!3)))
 (let ((?x336 (+ 1.0 ?x648)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x562 (+ ?x166 ?x336)))
 (let (($x498 (= 0.0 ?x562)))
 (not $x498)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x648 (/ ?x129 exp!3)))
 (let ((?x336 (+ 1.0 ?x648)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x562 (+ ?x166 ?x336)))
 (let ((?x875 (/ ?x166 ?x562)))
 (let ((?x654 (- ?x875)))
 (let ((?x503 (* 0.0 ?x654)))
 (let ((?x144 (+ ?x654 ?x503)))
 (let ((?x332 (+ 1.0 ?x654)))
 (let ((?x499 (* 0.0 ?x332)))
 (let ((?x491 (+ ?x499 ?x144)))
 (let ((?x414 (/ 1.0 exp!9)))
 (let ((?x493 (* ?x414 ?x491)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x381 (* ?x115 ?x493)))
 (let ((?x116 (- ?x115)))
 (let ((?x574 (/ ?x116 ?x562)))
 (let ((?x457 (* ?x166 ?x574)))
 (let ((?x445 (* ?x414 ?x457)))
 (or (and (distinct ?x445 ?x381) true)))))))))))))))))))))))))
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
 (let (($x528 (< |logits[0]| log!152)))
 (= $x528 (< exp!2 exp!6))))
(assert
 (let (($x520 (< log!152 |logits[1]|)))
 (= $x520 (< exp!6 exp!3))))
(assert
 (let (($x521 (< |logits[1]| log!152)))
 (= $x521 (< exp!3 exp!6))))
(assert
 (let (($x529 (< log!152 log!100)))
 (= $x529 (< exp!6 exp!5))))
(assert
 (let (($x511 (< log!100 log!152)))
 (= $x511 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x183 (+ 1.0 log!152)))
 (>= exp!6 ?x183)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x247 (> ?x534 0.0)))
 (=> $x247 (= exp!6 ?x534))))))))))
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
 (let (($x528 (< |logits[0]| log!152)))
 (= $x528 (< exp!2 exp!7))))
(assert
 (let (($x520 (< log!152 |logits[1]|)))
 (= $x520 (< exp!7 exp!3))))
(assert
 (let (($x521 (< |logits[1]| log!152)))
 (= $x521 (< exp!3 exp!7))))
(assert
 (let (($x529 (< log!152 log!100)))
 (= $x529 (< exp!7 exp!5))))
(assert
 (let (($x511 (< log!100 log!152)))
 (= $x511 (< exp!5 exp!7))))
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
 (let ((?x183 (+ 1.0 log!152)))
 (>= exp!7 ?x183)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x247 (> ?x534 0.0)))
 (=> $x247 (= exp!7 ?x534))))))))))
(assert
 (let (($x181 (< log!206 |logits[2]|)))
 (= $x181 (< exp!8 exp!1))))
(assert
 (let (($x268 (< |logits[2]| log!206)))
 (= $x268 (< exp!1 exp!8))))
(assert
 (let (($x581 (< log!206 |logits[0]|)))
 (= $x581 (< exp!8 exp!2))))
(assert
 (let (($x647 (< |logits[0]| log!206)))
 (= $x647 (< exp!2 exp!8))))
(assert
 (let (($x645 (< log!206 |logits[1]|)))
 (= $x645 (< exp!8 exp!3))))
(assert
 (let (($x580 (< |logits[1]| log!206)))
 (= $x580 (< exp!3 exp!8))))
(assert
 (let (($x543 (< log!206 log!100)))
 (= $x543 (< exp!8 exp!5))))
(assert
 (let (($x138 (< log!100 log!206)))
 (= $x138 (< exp!5 exp!8))))
(assert
 (let (($x424 (< log!206 log!152)))
 (= $x424 (< exp!8 exp!7))))
(assert
 (let (($x402 (< log!152 log!206)))
 (= $x402 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x305 (> log!206 0.0)))
 (= $x305 (> exp!8 1.0))))
(assert
 (let ((?x246 (+ 1.0 log!206)))
 (>= exp!8 ?x246)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x648 (/ ?x129 exp!3)))
 (let ((?x336 (+ 1.0 ?x648)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x562 (+ ?x166 ?x336)))
 (let (($x228 (> ?x562 0.0)))
 (=> $x228 (= exp!8 ?x562))))))))))
(assert
 (let (($x181 (< log!206 |logits[2]|)))
 (= $x181 (< exp!9 exp!1))))
(assert
 (let (($x268 (< |logits[2]| log!206)))
 (= $x268 (< exp!1 exp!9))))
(assert
 (let (($x581 (< log!206 |logits[0]|)))
 (= $x581 (< exp!9 exp!2))))
(assert
 (let (($x647 (< |logits[0]| log!206)))
 (= $x647 (< exp!2 exp!9))))
(assert
 (let (($x645 (< log!206 |logits[1]|)))
 (= $x645 (< exp!9 exp!3))))
(assert
 (let (($x580 (< |logits[1]| log!206)))
 (= $x580 (< exp!3 exp!9))))
(assert
 (let (($x543 (< log!206 log!100)))
 (= $x543 (< exp!9 exp!5))))
(assert
 (let (($x138 (< log!100 log!206)))
 (= $x138 (< exp!5 exp!9))))
(assert
 (let (($x424 (< log!206 log!152)))
 (= $x424 (< exp!9 exp!7))))
(assert
 (let (($x402 (< log!152 log!206)))
 (= $x402 (< exp!7 exp!9))))
(assert
 (let (($x342 (< log!206 log!206)))
 (= $x342 (< exp!9 exp!8))))
(assert
 (let (($x342 (< log!206 log!206)))
 (= $x342 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x305 (> log!206 0.0)))
 (= $x305 (> exp!9 1.0))))
(assert
 (let ((?x246 (+ 1.0 log!206)))
 (>= exp!9 ?x246)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x648 (/ ?x129 exp!3)))
(let ((?x336 (+ 1.0 ?x648)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x166 (/ ?x24 exp!3)))
(let ((?x562 (+ ?x166 ?x336)))
(let (($x228 (> ?x562 0.0)))
(=> $x228 (= exp!9 ?x562))))))))))
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
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (< 0.0 ?x534))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (< 0.0 ?x534))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x531 (= 0.0 ?x534)))
 (not $x531)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let ((?x204 (/ 1.0 ?x534)))
 (let ((?x196 (- ?x204)))
 (let ((?x201 (* 0.0 ?x196)))
 (let ((?x157 (+ ?x196 ?x201)))
 (let ((?x199 (+ 1.0 ?x196)))
 (let ((?x200 (* 0.0 ?x199)))
 (let ((?x158 (+ ?x200 ?x157)))
 (let ((?x194 (/ ?x132 exp!7)))
 (let ((?x159 (* ?x194 ?x158)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[1]| ?x114)))
 (let ((?x213 (* ?x115 ?x159)))
 (let ((?x116 (- ?x115)))
 (let ((?x202 (/ ?x116 ?x534)))
 (let ((?x203 (* ?x194 ?x202)))
 (or (and (distinct ?x203 ?x213) true))))))))))))))))))))))))
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
 (let (($x528 (< |logits[0]| log!152)))
 (= $x528 (< exp!2 exp!6))))
(assert
 (let (($x520 (< log!152 |logits[1]|)))
 (= $x520 (< exp!6 exp!3))))
(assert
 (let (($x521 (< |logits[1]| log!152)))
 (= $x521 (< exp!3 exp!6))))
(assert
 (let (($x529 (< log!152 log!100)))
 (= $x529 (< exp!6 exp!5))))
(assert
 (let (($x511 (< log!100 log!152)))
 (= $x511 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x161 (> log!152 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x183 (+ 1.0 log!152)))
 (>= exp!6 ?x183)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x247 (> ?x534 0.0)))
 (=> $x247 (= exp!6 ?x534))))))))))
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
 (let (($x528 (< |logits[0]| log!152)))
 (= $x528 (< exp!2 exp!7))))
(assert
 (let (($x520 (< log!152 |logits[1]|)))
 (= $x520 (< exp!7 exp!3))))
(assert
 (let (($x521 (< |logits[1]| log!152)))
 (= $x521 (< exp!3 exp!7))))
(assert
 (let (($x529 (< log!152 log!100)))
 (= $x529 (< exp!7 exp!5))))
(assert
 (let (($x511 (< log!100 log!152)))
 (= $x511 (< exp!5 exp!7))))
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
 (let ((?x183 (+ 1.0 log!152)))
 (>= exp!7 ?x183)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x442 (+ ?x130 ?x132)))
 (let ((?x534 (+ 1.0 ?x442)))
 (let (($x247 (> ?x534 0.0)))
 (=> $x247 (= exp!7 ?x534))))))))))
(assert
 (let (($x181 (< log!206 |logits[2]|)))
 (= $x181 (< exp!8 exp!1))))
(assert
 (let (($x268 (< |logits[2]| log!206)))
 (= $x268 (< exp!1 exp!8))))
(assert
 (let (($x581 (< log!206 |logits[0]|)))
 (= $x581 (< exp!8 exp!2))))
(assert
 (let (($x647 (< |logits[0]| log!206)))
 (= $x647 (< exp!2 exp!8))))
(assert
 (let (($x645 (< log!206 |logits[1]|)))
 (= $x645 (< exp!8 exp!3))))
(assert
 (let (($x580 (< |logits[1]| log!206)))
 (= $x580 (< exp!3 exp!8))))
(assert
 (let (($x543 (< log!206 log!100)))
 (= $x543 (< exp!8 exp!5))))
(assert
 (let (($x138 (< log!100 log!206)))
 (= $x138 (< exp!5 exp!8))))
(assert
 (let (($x424 (< log!206 log!152)))
 (= $x424 (< exp!8 exp!7))))
(assert
 (let (($x402 (< log!152 log!206)))
 (= $x402 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x305 (> log!206 0.0)))
 (= $x305 (> exp!8 1.0))))
(assert
 (let ((?x246 (+ 1.0 log!206)))
 (>= exp!8 ?x246)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x648 (/ ?x129 exp!3)))
 (let ((?x336 (+ 1.0 ?x648)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x562 (+ ?x166 ?x336)))
 (let (($x228 (> ?x562 0.0)))
 (=> $x228 (= exp!8 ?x562))))))))))
(assert
 (let (($x181 (< log!206 |logits[2]|)))
 (= $x181 (< exp!9 exp!1))))
(assert
 (let (($x268 (< |logits[2]| log!206)))
 (= $x268 (< exp!1 exp!9))))
(assert
 (let (($x581 (< log!206 |logits[0]|)))
 (= $x581 (< exp!9 exp!2))))
(assert
 (let (($x647 (< |logits[0]| log!206)))
 (= $x647 (< exp!2 exp!9))))
(assert
 (let (($x645 (< log!206 |logits[1]|)))
 (= $x645 (< exp!9 exp!3))))
(assert
 (let (($x580 (< |logits[1]| log!206)))
 (= $x580 (< exp!3 exp!9))))
(assert
 (let (($x543 (< log!206 log!100)))
 (= $x543 (< exp!9 exp!5))))
(assert
 (let (($x138 (< log!100 log!206)))
 (= $x138 (< exp!5 exp!9))))
(assert
 (let (($x424 (< log!206 log!152)))
 (= $x424 (< exp!9 exp!7))))
(assert
 (let (($x402 (< log!152 log!206)))
 (= $x402 (< exp!7 exp!9))))
(assert
 (let (($x342 (< log!206 log!206)))
 (= $x342 (< exp!9 exp!8))))
(assert
 (let (($x342 (< log!206 log!206)))
 (= $x342 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x305 (> log!206 0.0)))
 (= $x305 (> exp!9 1.0))))
(assert
 (let ((?x246 (+ 1.0 log!206)))
 (>= exp!9 ?x246)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x648 (/ ?x129 exp!3)))
(let ((?x336 (+ 1.0 ?x648)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x166 (/ ?x24 exp!3)))
(let ((?x562 (+ ?x166 ?x336)))
(let (($x228 (> ?x562 0.0)))
(=> $x228 (= exp!9 ?x562))))))))))
(check-sat)
(pop 1)
